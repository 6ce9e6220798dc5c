package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.BackedUpConfirmation;
import org.plumbline.cfp.BackedUpTopic;
import org.plumbline.cfp.Topic.Speaker;
import org.plumbline.cfp.TopicBackups;
import org.plumbline.people.PersonProfile;
import org.plumbline.people.PersonProfiles;
import org.plumbline.people.PersonSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The speakers through an event data file and back. A restore into a site that never held
 * their persons shows the same names, bios and affiliations on their speaker pages (and
 * the same-employer suggestions compare the same affiliations); one into a site that
 * holds them keeps the site's own. Their answers to accepted topics, which decide what a
 * release may include, come back as given or still awaited, never with the mailed link.
 */
class EventFileSpeakerBackupTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final String PAGES = "00000000-0000-4000-8000-00000000a001";

	private static final String REFEREED = "00000000-0000-4000-8000-00000000a003";

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

	@Test
	void intoASiteThatNeverHeldTheSpeakersTheirAnswersComeBackFieldByFieldWithoutTheMailedLinks() {
		answers();
		List<String> before = confirmations();
		byte[] exported = files.export(EVENT).json();
		removeEventAndPersons();

		files.importFile(exported, false);

		assertThat(confirmations()).isEqualTo(before);
		assertThat(before).as("what the comparison covers (a topic's answers in the order of their persons' GUIDs)")
			.containsExactlyInAnyOrder(PAGES
					+ " Joerg Roedel announced 2026-11-01T08:00:00Z CONFIRMED at 2026-11-03T09:00:00Z reminded null",
					PAGES + " Ada Lovelace announced 2026-11-01T08:00:00Z null at null reminded 2026-11-08T08:00:00Z",
					PAGES + " Linus Torvalds announced 2026-11-01T08:00:00Z DECLINED at 2026-11-02T10:00:00Z reminded null",
					REFEREED + " Grace Hopper announced 2026-11-04T08:00:00Z CONFIRMED at 2026-11-05T08:00:00Z reminded null");
		assertThat(TestFiles.text(exported)).as("no link's secret nor its hash is in the file")
			.doesNotContain("token", "hash-of-");
		assertThat(jdbc.sql("SELECT token_hash FROM topic_confirmation").query(String.class).list())
			.as("a restored answer waits under a new secret that nobody holds")
			.hasSize(4)
			.doesNotHaveDuplicates()
			.noneMatch(hash -> hash.startsWith("hash-of-"));
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported));
	}

	/**
	 * Jörg confirmed the IOMMU talk, Ada has not answered yet and was reminded, and a
	 * co-speaker (Linus) declined and so left the topic; Grace confirmed her refereed
	 * talk.
	 */
	private void answers() {
		long pages = topicId(PAGES);
		long refereed = topicId(REFEREED);
		List<Long> speakers = speakerIds();
		long linus = directory.create("Linus Torvalds", List.of("Linus Torvalds"), null).id();
		jdbc.sql("""
				INSERT INTO topic_confirmation (topic_id, person_id, token_hash, announced_at, answer, answered_at,
				    reminder_sent_at)
				VALUES (?, ?, 'hash-of-1', ?, 'CONFIRMED', ?, NULL), (?, ?, 'hash-of-2', ?, NULL, NULL, ?),
				       (?, ?, 'hash-of-3', ?, 'DECLINED', ?, NULL), (?, ?, 'hash-of-4', ?, 'CONFIRMED', ?, NULL)""")
			.params(pages, speakers.get(0), timestamp("2026-11-01T08:00:00Z"), timestamp("2026-11-03T09:00:00Z"), pages,
					speakers.get(1), timestamp("2026-11-01T08:00:00Z"), timestamp("2026-11-08T08:00:00Z"), pages, linus,
					timestamp("2026-11-01T08:00:00Z"), timestamp("2026-11-02T10:00:00Z"), refereed, speakers.get(2),
					timestamp("2026-11-04T08:00:00Z"), timestamp("2026-11-05T08:00:00Z"))
			.update();
	}

	private long topicId(String guid) {
		return topicBackups.topicIds(catalog.findBySlug(EVENT).orElseThrow().id()).get(UUID.fromString(guid));
	}

	/**
	 * The speakers' answers as the cfp feature reads them, topics by GUID and persons by
	 * name, in the order it keeps.
	 */
	private List<String> confirmations() {
		long eventId = catalog.findBySlug(EVENT).orElseThrow().id();
		Map<UUID, Long> topicIds = topicBackups.topicIds(eventId);
		Map<Long, UUID> guids = new HashMap<>();
		topicIds.forEach((guid, id) -> guids.put(id, guid));
		List<BackedUpConfirmation> answers = topicBackups.confirmations(eventId);
		Map<Long, PersonSummary> persons = directory
			.findAll(answers.stream().map(BackedUpConfirmation::personId).toList());
		return answers.stream()
			.map(answer -> guids.get(answer.topicId()) + " " + persons.get(answer.personId()).displayName()
					+ " announced " + answer.announcedAt() + " " + answer.answer() + " at " + answer.answeredAt()
					+ " reminded " + answer.remindedAt())
			.toList();
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
