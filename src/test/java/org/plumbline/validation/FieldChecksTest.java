package org.plumbline.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Text typed into a form keeps its line breaks and tabs, and refuses the invisible
 * control characters nobody types, which JSON would write six times as long.
 */
class FieldChecksTest {

	@Test
	void lineBreaksBecomeNewlinesAndTabsAreKept() {
		var checks = new FieldChecks();

		assertThat(checks.optionalText("body", " one\r\ntwo\rthree\tfour\n", 100)).isEqualTo("one\ntwo\nthree\tfour");
		checks.throwIfAny();
	}

	@Test
	void aControlCharacterIsToldWithWhereItIs() {
		var checks = new FieldChecks();

		assertThat(checks.optionalText("caption", "\uD83D\uDE00 a\u0007b", 100)).isNull();
		assertThat(checks.requiredText("description", "\u007F", 100)).isNull();

		assertThatThrownBy(checks::throwIfAny).isInstanceOfSatisfying(InvalidFields.class,
				invalid -> assertThat(invalid.messages())
					.containsEntry("caption",
							"Character 4 is an invisible control character (U+0007); line breaks and tabs are the only "
									+ "ones allowed.")
					.containsEntry("description", "Character 1 is an invisible control character (U+007F); line "
							+ "breaks and tabs are the only ones allowed."));
	}

	@Test
	void tooLongAndMissingTextAreToldAsBefore() {
		var checks = new FieldChecks();

		assertThat(checks.requiredText("description", " \r\n ", 10)).isNull();
		assertThat(checks.optionalText("caption", "x\r\n".repeat(6), 10)).isNull();

		assertThatThrownBy(checks::throwIfAny).isInstanceOfSatisfying(InvalidFields.class,
				invalid -> assertThat(invalid.messages()).containsEntry("description", "This field is required.")
					.containsEntry("caption", "At most 10 characters fit; this has 11."));
	}

	@Test
	void aNameOrATitleIsOneLine() {
		var checks = new FieldChecks();

		assertThat(checks.requiredLine("displayName", "  Jörg Rödel  ", 100)).isEqualTo("Jörg Rödel");
		assertThat(checks.requiredLine("title", "Tracing\r\nand more", 100)).isNull();
		assertThat(checks.optionalLine("affiliation", "SUSE\tLabs", 100)).isNull();
		assertThat(checks.optionalLine("role", "  ", 100)).isNull();

		assertThatThrownBy(checks::throwIfAny).isInstanceOfSatisfying(InvalidFields.class,
				invalid -> assertThat(invalid.messages()).containsOnlyKeys("title", "affiliation")
					.containsEntry("title", "Character 8 is a line break (U+000D); this field is one line.")
					.containsEntry("affiliation",
							"Character 5 is an invisible control character (U+0009); this field is one line of text."));
	}

}
