package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.BackedUpTopic;
import org.plumbline.cfp.Topic.Speaker;
import org.plumbline.cfp.TopicBackups;
import org.plumbline.people.PersonProfile;
import org.plumbline.people.PersonProfiles;
import org.plumbline.people.PersonSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The speakers' persons through an event data file and back: a restore into a site that
 * never held them shows the same names, bios and affiliations on their speaker pages (and
 * the same-employer suggestions compare the same affiliations); one into a site that
 * holds them keeps the site's own.
 */
class EventFilePeopleBackupTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final String PAGES = "00000000-0000-4000-8000-00000000a001";

	@Autowired
	TopicBackups topicBackups;

	@Autowired
	PersonProfiles profiles;

	@BeforeEach
	void anEventWhoseSpeakersWroteTheirProfiles() {
		removeEventAndPersons();
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		List<Long> speakers = speakerIds();
		profile(speakers.get(0), "Works on IOMMUs.\n\nMaintains the AMD driver.", "SUSE");
		profile(speakers.get(1), null, "Analytical Engines Ltd");
		profile(speakers.get(2), "Wrote the first compiler.", null);
	}

	@AfterEach
	void removeEventAndPersons() {
		removeEvent();
		removeUnreferencedPersons();
	}

	/** Deletes the event, if it is stored; its speakers' persons outlive it. */
	private void removeEvent() {
		catalog.findBySlug(EVENT).ifPresent(event -> setup.delete(event.id()));
	}

	@Test
	void intoASiteThatNeverHeldTheSpeakersTheirNamesBiosAndAffiliationsComeBackFieldByField() {
		List<String> before = speakerProfiles();
		List<UUID> guids = speakerGuids();
		byte[] exported = files.export(EVENT).json();
		removeEventAndPersons();
		assertThat(guids).as("the site holds none of the speakers")
			.allSatisfy(guid -> assertThat(directory.findByGuid(guid)).isEmpty());

		files.importFile(exported, false);

		assertThat(speakerProfiles()).isEqualTo(before);
		assertThat(speakerGuids()).isEqualTo(guids);
		assertThat(before).as("what the comparison covers")
			.containsExactly(
					PAGES + " Joerg Roedel: Joerg Roedel | Works on IOMMUs.\n\nMaintains the AMD driver. | SUSE",
					PAGES + " Ada Lovelace: Ada Lovelace | null | Analytical Engines Ltd",
					"00000000-0000-4000-8000-00000000a002 Grace Hopper: Grace Hopper | Wrote the first compiler. | null",
					"00000000-0000-4000-8000-00000000a003 Grace Hopper: Grace Hopper | Wrote the first compiler. | null");
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported));
	}

	@Test
	void intoASiteThatHoldsTheSpeakersTheyKeepTheSitesNewerProfile() {
		byte[] exported = files.export(EVENT).json();
		long joerg = speakerIds().getFirst();
		profile(joerg, "Now at another company.", "AMD");
		removeEvent();

		files.importFile(exported, false);

		assertThat(speakerIds().getFirst()).as("the same person, found by GUID").isEqualTo(joerg);
		PersonProfile kept = profiles.profile(joerg);
		assertThat(kept.bio()).isEqualTo("Now at another company.");
		assertThat(kept.affiliation()).isEqualTo("AMD");
	}

	private void profile(long personId, String bio, String affiliation) {
		PersonProfile stored = profiles.profile(personId);
		profiles.update(personId, new PersonProfile(stored.displayName(), bio, affiliation, stored.version()));
	}

	/** The distinct persons speaking in the event, in the order of its topics. */
	private List<Long> speakerIds() {
		return topics().stream().flatMap(topic -> topic.speakers().stream()).map(Speaker::personId).distinct().toList();
	}

	private List<UUID> speakerGuids() {
		Map<Long, PersonSummary> persons = directory.findAll(speakerIds());
		return speakerIds().stream().map(id -> persons.get(id).guid()).toList();
	}

	private List<BackedUpTopic> topics() {
		return topicBackups.topics(catalog.findBySlug(EVENT).orElseThrow().id());
	}

	/**
	 * Each topic's speakers in order, as written on the topic, with their person's name,
	 * bio and affiliation as the speaker page shows them, topics by GUID.
	 */
	private List<String> speakerProfiles() {
		List<String> rows = new ArrayList<>();
		for (BackedUpTopic topic : topics()) {
			for (Speaker speaker : topic.speakers()) {
				PersonProfile profile = profiles.profile(speaker.personId());
				rows.add(topic.guid() + " " + speaker.nameAsWritten() + ": " + profile.displayName() + " | "
						+ profile.bio() + " | " + profile.affiliation());
			}
		}
		return rows;
	}

}
