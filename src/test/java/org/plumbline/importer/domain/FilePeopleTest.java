package org.plumbline.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plumbline.importer.domain.EventFileContent.FilePerson;
import org.plumbline.importer.domain.FilePeople.PersonGroup;

class FilePeopleTest {

	@Test
	void displayNameIsTheMostFrequentSpelling() {
		PersonGroup group = new PersonGroup("key:jorg rodel", null,
				List.of("Jörg Rödel", "Joerg Roedel", "Joerg Roedel"));

		assertThat(group.displayName()).isEqualTo("Joerg Roedel");
		assertThat(group.nameVariants()).containsExactly("Joerg Roedel", "Jörg Rödel");
	}

	@Test
	void aTieGoesToTheSpellingSeenFirst() {
		PersonGroup group = new PersonGroup("key:jorg rodel", null, List.of("Jörg Rödel", "Joerg Roedel"));

		assertThat(group.displayName()).isEqualTo("Jörg Rödel");
	}

	@Test
	void aPinnedPersonIsNamedByItsPeopleEntry() {
		FilePerson pinned = new FilePerson("dan", "Dan Williams", UUID.randomUUID(), null, null);
		PersonGroup group = new PersonGroup("person:dan", pinned, List.of("D. Williams", "D. Williams"));

		assertThat(group.displayName()).isEqualTo("Dan Williams");
		assertThat(group.nameVariants()).containsExactly("Dan Williams", "D. Williams");
	}

	@Test
	void aNameWithoutLettersIsAPersonOfItsOwn() {
		var dash = new EventFileContent.ListedName("—", null, null);

		assertThat(FilePeople.identity(dash, 0, "leads", 0)).isNotEqualTo(FilePeople.identity(dash, 1, "leads", 0));
		assertThat(FilePeople.identity(new EventFileContent.ListedName("Jörg Rödel", null, null), 0, "leads", 0))
			.isEqualTo(FilePeople.identity(new EventFileContent.ListedName("Joerg Roedel", null, null), 3,
					"keyAttendees", 7));
	}

}
