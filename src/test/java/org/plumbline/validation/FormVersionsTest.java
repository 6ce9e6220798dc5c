package org.plumbline.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The checked boxes of a form acting on several topics at once (the review dashboard's
 * decisions, the timetable's tentative talks) are read by one parser: each box names a
 * thing and the two versions its page showed, and an altered box is a 400.
 */
class FormVersionsTest {

	record Seen(int version, int otherVersion) {
	}

	@Test
	void checkedBoxesAreReadByIdInTheFormsOrder() {
		assertThat(FormVersions.checked("topic", List.of("12:3:1", "7:0:0"), Seen::new))
			.containsExactly(Map.entry(12L, new Seen(3, 1)), Map.entry(7L, new Seen(0, 0)));
		assertThat(FormVersions.checked("topic", null, Seen::new)).isEmpty();
	}

	@Test
	void anAlteredBoxIsA400NamingIt() {
		for (String altered : List.of("12:3", "12:3:1:0", "x:3:1", "12::1")) {
			assertThatThrownBy(() -> FormVersions.checked("topic", List.of(altered), Seen::new))
				.isInstanceOfSatisfying(ResponseStatusException.class,
						refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST))
				.hasMessageContaining("topic must be id:version:version, not " + altered);
		}
	}

}
