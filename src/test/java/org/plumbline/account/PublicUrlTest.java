package org.plumbline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * plumbline.public-url: the base of mailed links, and the warning, with or without an
 * SMTP server, when the links would point at localhost. The admin page's warning is shown
 * in {@link AccountFlowTest}.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicUrlTest {

	@Test
	void anUnsetPublicUrlIsWarnedOfAtStartUpNamingThePropertyForSentAndHandedOnLinksAlike(CapturedOutput output) {
		PublicUrl url = new PublicUrl("");

		assertThat(url.of("/login")).isEqualTo("http://localhost:8080/login");
		assertThat(url.warning()).hasValueSatisfying(warning -> assertThat(warning)
			.contains("whether sent or passed on by hand from the outbox, point at http://localhost:8080")
			.contains("Set plumbline.public-url (PLUMBLINE_PUBLIC_URL)"));
		assertThat(output.getOut()).contains("WARN").contains("plumbline.public-url is not set");
	}

	@Test
	void aPublicUrlNeedsNoWarning() {
		PublicUrl configured = new PublicUrl("https://lpc.example.org/");

		assertThat(configured.of("/login")).isEqualTo("https://lpc.example.org/login");
		assertThat(configured.warning()).isEmpty();
	}

	@Test
	void aRelativePublicUrlIsRefusedAtStartUp() {
		assertThatThrownBy(() -> new PublicUrl("lpc.example.org")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("plumbline.public-url must be an absolute http(s) address, not lpc.example.org");
	}

}
