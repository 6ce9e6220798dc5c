package org.plumbline.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityKeyTest {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Jörg Rödel           | Joerg Roedel
			Jörg Rödel           | Jorg Rodel
			Miroslav Beneš       | Miroslav Benes
			Mickaël Salaün       | Mickael Salaun
			Krzysztof Wilczyński | Krzysztof Wilczynski
			Pali Rohár           | Pali Rohar
			Stéphane Graber      | Stephane Graber
			ATISH PATRA          | Atish Patra
			Josh Poimboeuf       | josh   poimboeuf
			Thomas Strauß        | Thomas Strauss
			Ελένη Παπαδοπούλου   | ελενη παπαδοπουλου
			Пётр Чайковский      | Петр Чайковский
			""")
	void spellingsOfOneNameShareAKey(String written, String otherSpelling) {
		assertThat(IdentityKey.of(written)).isNotEmpty().isEqualTo(IdentityKey.of(otherSpelling));
	}

	@ParameterizedTest(name = "{0} ≠ {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Masami Hiramatsu     | Masami Hiramtsu
			山田太郎              | 山田花子
			김민준                | 김민수
			Mark Rutland         | Mark Brown
			Daniel Lezcano       | Daniel Bristot de Oliveira
			""")
	void differentPeopleKeepDifferentKeys(String name, String otherName) {
		assertThat(IdentityKey.of(name)).isNotEqualTo(IdentityKey.of(otherName));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Jörg Rödel                | jorg rodel
			  Marcos Paulo de Souza   | marcos paulo de souza
			Peter Zijlstra (Intel)    | peter zijlstra intel
			𝐉örg Rödel                | jorg rodel
			ℌans                      | hans
			""")
	void keyIsLowerCaseFoldedAndSpaceSeparated(String name, String key) {
		assertThat(IdentityKey.of(name)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			हिंदी | हिदी
			""")
	void marksOfOtherScriptsAreKept(String withMark, String withoutMark) {
		assertThat(IdentityKey.of(withMark)).isNotEqualTo(IdentityKey.of(withoutMark));
	}

	@org.junit.jupiter.api.Test
	void aNameWithoutLettersOrDigitsHasAnEmptyKey() {
		assertThat(IdentityKey.of(" -- ")).isEmpty();
		assertThat(IdentityKey.of("…")).isEmpty();
	}

}
