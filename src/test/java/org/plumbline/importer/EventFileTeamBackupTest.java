package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.AccountBackups;
import org.plumbline.account.AccountPersons;
import org.plumbline.account.AccountSummary;
import org.plumbline.account.BackedUpAccount;
import org.plumbline.account.BackedUpRole;
import org.plumbline.account.EventRole;
import org.plumbline.account.Rights;
import org.plumbline.account.RoleGrant;
import org.plumbline.cfp.BackedUpQuestion;
import org.plumbline.cfp.BackedUpTopic;
import org.plumbline.cfp.TopicBackups;
import org.plumbline.event.Event;
import org.plumbline.microconference.Microconference;
import org.plumbline.people.PersonSummary;
import org.plumbline.review.BackedUpConflicts;
import org.plumbline.review.BackedUpReview;
import org.plumbline.review.ReviewBackups;
import org.plumbline.review.Reviews;
import org.plumbline.testsupport.AccountFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who an event refers to and how its topics were reviewed, through its event data file
 * and back: the accounts holding and granting its roles, submitting, deciding and
 * reviewing its topics, linked to their persons; the organisers and reviewers as stored;
 * the topics' submitters and deciders; the calls' questions and the topics' answers; the
 * reviews; the conflicts of interest. Never a password. A restore into a site without
 * those accounts makes them (without a usable password); into one that has them, it
 * reuses them and their persons.
 */
// Its accounts and persons outlive the deleted events: the context is closed after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFileTeamBackupTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final String NESTED_TRANSLATION = "00000000-0000-4000-8000-00000000a002";

	private static final List<String> ADDRESSES = List.of("olga@team.test", "joerg@team.test", "ada@team.test",
			"nobody@team.test");

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Rights rights;

	@Autowired
	AccountPersons accountPersons;

	@Autowired
	AccountBackups accountBackups;

	@Autowired
	TopicBackups topicBackups;

	@Autowired
	ReviewBackups reviewBackups;

	@Autowired
	Reviews reviews;

	@BeforeEach
	void anEventWithATeam() {
		removeEventAndAccounts();
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		Event event = event();
		AccountFixture accounts = new AccountFixture(jdbc, directory, passwords);
		long organiser = accounts.account("Olga@Team.test", "Olga Organiser");
		long joerg = accounts.account("joerg@team.test", "Jörg Rödel", personNamed("Joerg Roedel"));
		long ada = accounts.account("ada@team.test", "Ada L.", personNamed("Ada Lovelace"));
		jdbc.sql(
				"""
						INSERT INTO account (email, email_key, password_hash, display_name, created_at)
						VALUES ('nobody@team.test', 'nobody@team.test', 'x', 'Not Yet Verified', TIMESTAMP '2026-11-20 09:00:00')""")
			.update();
		long unverified = accountId("nobody@team.test");
		long iommu = microconferences.forEvent(event.id())
			.stream()
			.filter(mc -> mc.slug().equals("iommu"))
			.findFirst()
			.map(Microconference::id)
			.orElseThrow();
		long refereed = jdbc.sql("SELECT id FROM plain_track WHERE event_id = ? AND slug = 'refereed'")
			.param(event.id())
			.query(Long.class)
			.single();
		grant(event, organiser, "ORGANISER", null, null, null, "2026-11-01T08:00:00Z");
		grant(event, joerg, "REVIEWER", iommu, null, organiser, "2026-11-02T08:00:00Z");
		grant(event, unverified, "REVIEWER", null, refereed, organiser, "2026-11-03T08:00:00Z");
		grant(event, ada, "REVIEWER", iommu, null, null, "2026-11-04T08:00:00Z");
		jdbc.sql("UPDATE topic SET submitted_by = ? WHERE guid = ?")
			.params(ada, UUID.fromString("00000000-0000-4000-8000-00000000a001"))
			.update();
		jdbc.sql("UPDATE topic SET submitted_by = ?, decided_by = ? WHERE guid = ?")
			.params(unverified, joerg, UUID.fromString("00000000-0000-4000-8000-00000000a002"))
			.update();
		long why = question(event, iommu, 1, "TEXT", "Why now?", "One line will do", null, true, null);
		long room = question(event, iommu, 3, "CHOICE", "Room size", null, "Small\nLarge", false, null);
		question(event, iommu, 4, "BOOLEAN", "Recorded?", null, null, false, "2026-11-05T08:00:00Z");
		long pages = topicId("00000000-0000-4000-8000-00000000a001");
		jdbc.sql("INSERT INTO topic_answer (topic_id, question_id, answer) VALUES (?, ?, ?), (?, ?, ?)")
			.params(pages, why, "Page tables grew", pages, room, "Large")
			.update();
		jdbc.sql("""
				INSERT INTO review (topic_id, reviewer_id, score, comment, created_at, updated_at)
				VALUES (?, ?, 2, 'Timely', TIMESTAMP '2026-11-06 08:00:00', TIMESTAMP '2026-11-07 09:30:00'),
				       (?, ?, -1, NULL, TIMESTAMP '2026-11-06 10:00:00', TIMESTAMP '2026-11-06 10:00:00')""")
			.params(pages, joerg, topicId("00000000-0000-4000-8000-00000000a002"), ada)
			.update();
		markConflicts(event, organiser, joerg, ada, unverified);
	}

	/**
	 * Jörg is marked against Grace Hopper, the speaker of the one iommu topic he could
	 * otherwise review, by Olga; Ada against Jörg's person by an organiser since deleted;
	 * the unverified account against a person who speaks on nothing here. Ada and Jörg
	 * declared conflicts themselves, one with a reason, one without.
	 */
	private void markConflicts(Event event, long organiser, long joerg, long ada, long unverified) {
		long grace = personNamed("Grace Hopper");
		long linus = jdbc.sql("SELECT id FROM person WHERE display_name = 'Linus Torvalds' AND merged_into_id IS NULL")
			.query(Long.class)
			.optional()
			.orElseGet(() -> directory.create("Linus Torvalds", List.of("Linus Torvalds"), null).id());
		jdbc.sql("""
				INSERT INTO conflict_mark (event_id, account_id, person_id, reason, marked_by, marked_at)
				VALUES (?, ?, ?, 'Co-authored the paper', ?, TIMESTAMP '2026-11-08 08:00:00'),
				       (?, ?, ?, 'Same lab', NULL, TIMESTAMP '2026-11-08 09:00:00'),
				       (?, ?, ?, 'Brother-in-law', ?, TIMESTAMP '2026-11-08 10:00:00')""")
			.params(event.id(), joerg, grace, organiser, event.id(), ada, personNamed("Joerg Roedel"), event.id(),
					unverified, linus, organiser)
			.update();
		jdbc.sql("""
				INSERT INTO declared_conflict (topic_id, account_id, reason, declared_at)
				VALUES (?, ?, 'Advised the speaker', TIMESTAMP '2026-11-09 08:00:00'),
				       (?, ?, NULL, TIMESTAMP '2026-11-09 09:00:00')""")
			.params(topicId(NESTED_TRANSLATION), ada, topicId("00000000-0000-4000-8000-00000000a003"), joerg)
			.update();
	}

	private long question(Event event, long mc, int position, String kind, String label, String help, String options,
			boolean required, String retiredAt) {
		jdbc.sql("""
				INSERT INTO call_question (event_id, microconference_id, position, kind, label, help, options, required,
				    retired_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(event.id(), mc, position, kind, label, help, options, required,
					retiredAt == null ? null : timestamp(retiredAt))
			.update();
		return jdbc.sql("SELECT id FROM call_question WHERE event_id = ? AND label = ?")
			.params(event.id(), label)
			.query(Long.class)
			.single();
	}

	private long topicId(String guid) {
		return jdbc.sql("SELECT id FROM topic WHERE guid = ?").param(UUID.fromString(guid)).query(Long.class).single();
	}

	@AfterEach
	void removeEventAndAccounts() {
		removeEventAndAccounts(EVENT, ADDRESSES);
	}

	@Test
	void intoASiteWithoutItsAccountsTheTeamAndTheTopicsSubmittersComeBackFieldByField() {
		Team before = Team.of(this);
		byte[] exported = files.export(EVENT).json();
		long persons = persons();
		removeEventAndAccounts();

		files.importFile(exported, false);

		assertThat(Team.of(this)).isEqualTo(before);
		assertThat(persons()).as("the accounts' persons are found by GUID, not made again").isEqualTo(persons);
		assertThat(before.roles()).as("what the comparison covers")
			.contains("ORGANISER event olga@team.test granted 2026-11-01T08:00:00Z by null",
					"REVIEWER refereed nobody@team.test granted 2026-11-03T08:00:00Z by olga@team.test");
		assertThat(before.accounts())
			.anyMatch(row -> row.startsWith("Olga@Team.test Olga Organiser person Olga Organiser ")
					&& row.endsWith(" verified 2026-11-25T08:00:00Z created 2026-11-25T08:00:00Z"))
			.contains("nobody@team.test Not Yet Verified person null verified null created 2026-11-20T09:00:00Z");
		assertThat(before.topics())
			.contains("00000000-0000-4000-8000-00000000a002 by nobody@team.test " + "decided by joerg@team.test");
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported));
	}

	@Test
	void theCallsQuestionsTheTopicsAnswersAndTheReviewsComeBackFieldByField() {
		Reviewing before = Reviewing.of(this);
		byte[] exported = files.export(EVENT).json();
		removeEventAndAccounts();

		files.importFile(exported, false);

		assertThat(Reviewing.of(this)).isEqualTo(before);
		assertThat(before.questions()).as("what the comparison covers")
			.containsExactly("iommu TEXT Why now? help One line will do options [] required true retired null",
					"iommu CHOICE Room size help null options [Small, Large] required false retired null",
					"iommu BOOLEAN Recorded? help null options [] required false retired 2026-11-05T08:00:00Z");
		assertThat(before.answers()).containsExactly("00000000-0000-4000-8000-00000000a001 Room size Large",
				"00000000-0000-4000-8000-00000000a001 Why now? Page tables grew");
		assertThat(before.reviews()).containsExactly(
				"00000000-0000-4000-8000-00000000a001 joerg@team.test 2 Timely 2026-11-06T08:00:00Z 2026-11-07T09:30:00Z",
				"00000000-0000-4000-8000-00000000a002 ada@team.test -1 null 2026-11-06T10:00:00Z 2026-11-06T10:00:00Z");
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported));
	}

	@Test
	void intoAnEmptySiteTheConflictsOfInterestComeBackFieldByFieldAndStillHideTheTopic() {
		Conflicted before = Conflicted.of(this);
		byte[] exported = files.export(EVENT).json();
		removeEventAndAccounts();

		files.importFile(exported, false);

		assertThat(Conflicted.of(this)).isEqualTo(before);
		assertThat(before.marks()).as("what the comparison covers")
			.containsExactly(
					"joerg@team.test against Grace Hopper: Co-authored the paper, by Olga@Team.test at 2026-11-08T08:00:00Z",
					"ada@team.test against Joerg Roedel: Same lab, by null at 2026-11-08T09:00:00Z",
					"nobody@team.test against Linus Torvalds: Brother-in-law, by Olga@Team.test at 2026-11-08T10:00:00Z");
		assertThat(before.declarations()).containsExactly(
				NESTED_TRANSLATION + " ada@team.test: Advised the speaker at 2026-11-09T08:00:00Z",
				"00000000-0000-4000-8000-00000000a003 joerg@team.test: null at 2026-11-09T09:00:00Z");
		assertThat(reviewableByJoerg(NESTED_TRANSLATION)).as("Jörg's mark hides the topic from him").isFalse();
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported));
		assertThat(reviewedTopics()).as("each review is by someone marked or declared conflicted: none counts")
			.isEqualTo(reviewedTopicsByTheRule())
			.isEmpty();
	}

	@Test
	void aFileWithoutTheConflictMarksWouldShowTheConflictedReviewerTheTopic() {
		ObjectNode file = (ObjectNode) JsonMapper.shared().readTree(files.export(EVENT).json());
		file.remove("conflictMarks");
		removeEventAndAccounts();

		files.importFile(JsonMapper.shared().writeValueAsBytes(file), false);

		assertThat(reviewableByJoerg(NESTED_TRANSLATION)).isTrue();
	}

	@Test
	void theTopicsCountedAsReviewedAreCountedAgainFromWhatTheFileRestores() {
		ObjectNode file = (ObjectNode) JsonMapper.shared().readTree(files.export(EVENT).json());
		file.remove("conflictMarks");
		file.remove("declaredConflicts");
		removeEventAndAccounts();

		files.importFile(JsonMapper.shared().writeValueAsBytes(file), false);

		assertThat(reviewedTopics())
			.as("without the conflicts, the reviews by someone who is neither submitter nor speaker count")
			.isEqualTo(reviewedTopicsByTheRule())
			.isNotEmpty();
	}

	private List<Long> reviewedTopics() {
		return jdbc.sql("SELECT topic_id FROM reviewed_topic WHERE event_id = ? ORDER BY topic_id")
			.param(event().id())
			.query(Long.class)
			.list();
	}

	private List<Long> reviewedTopicsByTheRule() {
		return jdbc.sql("""
				SELECT DISTINCT r.topic_id FROM review r JOIN topic t ON t.id = r.topic_id
				WHERE t.event_id = ? AND NOT EXISTS (SELECT 1 FROM topic_conflict c
				                                     WHERE c.topic_id = r.topic_id AND c.account_id = r.reviewer_id)
				ORDER BY r.topic_id""").param(event().id()).query(Long.class).list();
	}

	private boolean reviewableByJoerg(String topicGuid) {
		return reviews.topic(accountId("joerg@team.test"), event(), "iommu", topicId(topicGuid)).isPresent();
	}

	@Test
	void aRestoredAccountHasNoUsablePasswordAndTheFileHoldsNoneNorAnyToken() {
		byte[] exported = files.export(EVENT).json();
		removeEventAndAccounts();

		files.importFile(exported, false);

		String text = TestFiles.text(exported).toLowerCase();
		assertThat(text).doesNotContain("password").doesNotContain("hash").doesNotContain("token");
		for (String address : ADDRESSES) {
			String hash = jdbc.sql("SELECT password_hash FROM account WHERE email_key = ?")
				.param(address)
				.query(String.class)
				.single();
			assertThat(passwords.matches(AccountFixture.PASSWORD, hash)).as(address).isFalse();
			assertThat(passwords.matches("", hash)).as(address).isFalse();
		}
	}

	@Test
	void intoASiteThatHasTheAccountsItReusesThemAndMakesNoSecond() {
		Team before = Team.of(this);
		Map<String, Long> ids = Map.of("olga@team.test", accountId("olga@team.test"), "nobody@team.test",
				accountId("nobody@team.test"));
		long accounts = accounts();
		long persons = persons();

		files.importFile(files.export(EVENT).json(), true);

		assertThat(Team.of(this)).isEqualTo(before);
		assertThat(accounts()).isEqualTo(accounts);
		assertThat(persons()).isEqualTo(persons);
		ids.forEach((address, id) -> assertThat(accountId(address)).as(address).isEqualTo(id));
	}

	@Test
	void aPersonOfTheFileWhoseVerifiedAddressHasAnAccountHereIsThatAccountsPerson() {
		ObjectNode file = (ObjectNode) JsonMapper.shared().readTree(files.export(EVENT).json());
		String olga = file.at("/accounts")
			.valueStream()
			.filter(account -> account.get("email").stringValue().equals("Olga@Team.test"))
			.findFirst()
			.orElseThrow()
			.get("person")
			.stringValue();
		file.at("/people")
			.valueStream()
			.filter(person -> person.get("id").stringValue().equals(olga))
			.forEach(person -> ((ObjectNode) person).put("guid", UUID.randomUUID().toString()));
		long olgasPerson = accountPersons.verifiedPersonIdOf("olga@team.test").orElseThrow();
		long persons = persons();
		setup.delete(event().id());

		files.importFile(JsonMapper.shared().writeValueAsBytes(file), false);

		assertThat(persons()).as("no second Olga Organiser").isEqualTo(persons);
		assertThat(accountPersons.verifiedPersonIdOf("olga@team.test")).contains(olgasPerson);
	}

	private void grant(Event event, long account, String role, Long mc, Long track, Long grantedBy, String at) {
		String scope = mc != null ? "mc:" + mc : track != null ? "track:" + track : "event";
		jdbc.sql("""
				INSERT INTO event_role (event_id, account_id, role, microconference_id, plain_track_id, scope_key,
				    granted_by, granted_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(event.id(), account, role, mc, track, scope, grantedBy, timestamp(at))
			.update();
	}

	private Event event() {
		return catalog.findBySlug(EVENT).orElseThrow();
	}

	private long personNamed(String name) {
		return jdbc.sql("SELECT id FROM person WHERE display_name = ? AND merged_into_id IS NULL ORDER BY id DESC")
			.param(name)
			.query(Long.class)
			.list()
			.getFirst();
	}

	private long accountId(String emailKey) {
		return jdbc.sql("SELECT id FROM account WHERE email_key = ?").param(emailKey).query(Long.class).single();
	}

	private long accounts() {
		return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
	}

	/**
	 * The event's conflict marks and declared conflicts as the review feature reads them,
	 * with accounts by address, persons by name and GUID and topics by GUID, so that two
	 * stores compare.
	 */
	record Conflicted(List<String> marks, List<String> declarations, List<String> personGuids) {

		static Conflicted of(EventFileTeamBackupTest test) {
			BackedUpConflicts conflicts = test.reviewBackups.conflicts(test.event().id());
			Map<Long, UUID> guids = new HashMap<>();
			test.topicBackups.topicIds(test.event().id()).forEach((guid, id) -> guids.put(id, guid));
			Map<Long, AccountSummary> accounts = test.accountPersons.summaries(Stream
				.of(conflicts.marks().stream().map(BackedUpConflicts.Mark::accountId),
						conflicts.marks().stream().map(BackedUpConflicts.Mark::markedBy).filter(Objects::nonNull),
						conflicts.declarations().stream().map(BackedUpConflicts.Declaration::accountId))
				.flatMap(ids -> ids)
				.distinct()
				.toList());
			Map<Long, PersonSummary> persons = test.directory
				.findAll(conflicts.marks().stream().map(BackedUpConflicts.Mark::personId).toList());
			return new Conflicted(
					conflicts.marks()
						.stream()
						.map(mark -> accounts.get(mark.accountId()).email() + " against "
								+ persons.get(mark.personId()).displayName() + ": " + mark.reason() + ", by "
								+ (mark.markedBy() == null ? null : accounts.get(mark.markedBy()).email()) + " at "
								+ mark.markedAt())
						.toList(),
					conflicts.declarations()
						.stream()
						.map(declared -> guids.get(declared.topicId()) + " "
								+ accounts.get(declared.accountId()).email() + ": " + declared.reason() + " at "
								+ declared.declaredAt())
						.toList(),
					conflicts.marks().stream().map(mark -> persons.get(mark.personId()).guid().toString()).toList());
		}

	}

	/**
	 * The event's calls' questions, its topics' answers and its reviews as the cfp and
	 * review features read them, with topics by GUID, questions by label and reviewers by
	 * address, so that two stores compare.
	 */
	record Reviewing(List<String> questions, List<String> answers, List<String> reviews) {

		static Reviewing of(EventFileTeamBackupTest test) {
			Event event = test.event();
			Map<Long, String> slugs = new HashMap<>();
			test.microconferences.forEvent(event.id()).forEach(mc -> slugs.put(mc.id(), mc.slug()));
			List<BackedUpQuestion> questions = test.topicBackups.questions(event.id());
			Map<Long, String> labels = new HashMap<>();
			questions.forEach(question -> labels.put(question.id(), question.definition().label()));
			Map<Long, UUID> guids = new HashMap<>();
			test.topicBackups.topicIds(event.id()).forEach((guid, id) -> guids.put(id, guid));
			List<BackedUpReview> reviews = test.reviewBackups.reviews(event.id());
			Map<Long, AccountSummary> reviewers = test.accountPersons
				.summaries(reviews.stream().map(BackedUpReview::reviewerAccountId).toList());
			return new Reviewing(
					questions.stream()
						.map(question -> slugs.get(question.microconferenceId()) + " " + question.definition().kind()
								+ " " + question.definition().label() + " help " + question.definition().help()
								+ " options " + question.definition().options() + " required "
								+ question.definition().required() + " retired " + question.retiredAt())
						.toList(),
					test.topicBackups.answers(event.id())
						.entrySet()
						.stream()
						.flatMap(topic -> topic.getValue()
							.entrySet()
							.stream()
							.map(answer -> guids.get(topic.getKey()) + " " + labels.get(answer.getKey()) + " "
									+ answer.getValue()))
						.sorted()
						.toList(),
					reviews.stream()
						.map(review -> guids.get(review.topicId()) + " "
								+ reviewers.get(review.reviewerAccountId()).email() + " " + review.score() + " "
								+ review.comment() + " " + review.createdAt() + " " + review.updatedAt())
						.toList());
		}

	}

	/**
	 * The event's team and its topics' accounts as the account and cfp features read
	 * them, with accounts by address and persons by name, so that two stores compare.
	 */
	record Team(List<String> roles, List<String> accounts, List<String> topics) {

		static Team of(EventFileTeamBackupTest test) {
			Event event = test.event();
			Map<Long, String> scopes = new HashMap<>();
			test.microconferences.forEvent(event.id()).forEach(mc -> scopes.put(mc.id(), mc.slug()));
			Map<Long, String> tracks = new HashMap<>();
			test.jdbc.sql("SELECT id, slug FROM plain_track WHERE event_id = ?").param(event.id()).query(rs -> {
				tracks.put(rs.getLong("id"), rs.getString("slug"));
			});
			List<RoleGrant> team = test.rights.team(event.id());
			List<BackedUpRole> stored = test.accountBackups.roles(event.id());
			List<BackedUpTopic> topics = test.topicBackups.topics(event.id());
			List<Long> accountIds = Stream
				.of(team.stream().map(RoleGrant::accountId),
						stored.stream().map(BackedUpRole::grantedBy).filter(Objects::nonNull),
						topics.stream().map(BackedUpTopic::submittedBy).filter(Objects::nonNull),
						topics.stream().map(BackedUpTopic::decidedBy).filter(Objects::nonNull))
				.flatMap(ids -> ids)
				.distinct()
				.toList();
			Map<Long, AccountSummary> accounts = test.accountPersons.summaries(accountIds);
			Map<Long, PersonSummary> persons = test.directory.findAll(test.accountBackups.accounts(accountIds)
				.stream()
				.map(BackedUpAccount::personId)
				.filter(Objects::nonNull)
				.toList());
			List<String> roles = stored.stream()
				.map(role -> role.role() + " "
						+ (role.role() == EventRole.ORGANISER ? "event"
								: role.microconferenceId() != null ? scopes.get(role.microconferenceId())
										: tracks.get(role.plainTrackId()))
						+ " " + accounts.get(role.accountId()).email().toLowerCase() + " granted " + role.grantedAt()
						+ " by "
						+ (role.grantedBy() == null ? null : accounts.get(role.grantedBy()).email().toLowerCase()))
				.sorted()
				.toList();
			List<String> grants = team.stream()
				.map(grant -> grant.role() + " " + grant.displayName() + " " + grant.email() + " " + grant.grantedAt())
				.sorted()
				.toList();
			List<String> accountRows = test.accountBackups.accounts(accountIds)
				.stream()
				.map(account -> account.email() + " " + account.displayName() + " person "
						+ (account.personId() == null ? null
								: persons.get(account.personId()).displayName() + " "
										+ persons.get(account.personId()).guid())
						+ " verified " + account.emailVerifiedAt() + " created " + account.createdAt())
				.toList();
			List<String> topicRows = topics.stream()
				.map(topic -> topic.guid() + " by "
						+ (topic.submittedBy() == null ? null : accounts.get(topic.submittedBy()).email())
						+ " decided by " + (topic.decidedBy() == null ? null : accounts.get(topic.decidedBy()).email()))
				.toList();
			return new Team(Stream.concat(roles.stream(), grants.stream()).toList(), accountRows, topicRows);
		}

	}

}
