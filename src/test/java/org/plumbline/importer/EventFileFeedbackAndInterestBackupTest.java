package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.cfp.TopicBackups;
import org.plumbline.event.Event;
import org.plumbline.material.FeedbackReports;
import org.plumbline.material.MaterialBackups;
import org.plumbline.schedule.AudienceFigures;
import org.plumbline.schedule.InterestCounts;
import org.plumbline.schedule.InterestMarker;
import org.plumbline.schedule.InterestMarks;
import org.plumbline.schedule.InterestSubject;
import org.plumbline.schedule.MarkedInterest;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.token.OneTimeTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What an event's audience gave, through its event data file and back into a site without
 * their accounts: the attendees' feedback on the talks, as the organisers' feedback pages
 * tally it, and the interest marks of signed-in accounts and anonymous visitors, each
 * MC's and talk's count and each pair of MCs' shared markers made again equal to the
 * counts before, and each visitor (by the id in their cookie, which the file never holds)
 * seeing their marks again.
 */
// Its accounts and persons outlive the deleted event: the context is closed after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFileFeedbackAndInterestBackupTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final String PAGE_TABLES = "00000000-0000-4000-8000-00000000a001";

	private static final String COMPILERS = "00000000-0000-4000-8000-00000000a003";

	private static final List<String> ADDRESSES = List.of("olga@audience.test", "ann@audience.test",
			"bo@audience.test");

	private static final String BO_RATING = "\"rating\": 2";

	@Autowired
	MaterialBackups materialBackups;

	@Autowired
	FeedbackReports feedbackReports;

	@Autowired
	InterestMarks interestMarks;

	@Autowired
	TopicBackups topicBackups;

	@Autowired
	AudienceFigures audienceFigures;

	@Autowired
	PasswordEncoder passwords;

	private final String firstVisitor = InterestMarker.newVisitorId();

	private final String secondVisitor = InterestMarker.newVisitorId();

	@BeforeEach
	void anEventWithFeedbackAndMarks() {
		removeEventAndAccounts(EVENT, ADDRESSES);
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		AccountFixture accounts = new AccountFixture(jdbc, directory, passwords);
		long olga = accounts.account("olga@audience.test", "Olga Organiser");
		accounts.grant(event.id(), olga, EventRole.ORGANISER, null);
		long ann = accounts.account("ann@audience.test", "Ann Attendee");
		long bo = accounts.account("bo@audience.test", "Bo Attendee");
		long pageTables = topic(event, PAGE_TABLES);
		long compilers = topic(event, COMPILERS);
		feedback(event, pageTables, ann, 5, "Clear.\nMore of it, <b>please</b>.", "2024-03-04T10:40:00Z",
				"2024-03-04T11:05:00.250Z");
		feedback(event, pageTables, bo, 2, null, "2024-03-04T10:45:00Z", "2024-03-04T10:45:00Z");
		feedback(event, compilers, ann, 4, "Good.", "2024-03-05T09:00:00Z", "2024-03-05T09:00:00Z");
		long iommu = jdbc.sql("SELECT id FROM microconference WHERE event_id = ? AND slug = 'iommu'")
			.param(event.id())
			.query(Long.class)
			.single();
		long tracing = jdbc.sql("SELECT id FROM microconference WHERE event_id = ? AND slug = 'tracing'")
			.param(event.id())
			.query(Long.class)
			.single();
		mark(event, InterestMarker.account(ann), InterestSubject.microconference(iommu));
		mark(event, InterestMarker.account(ann), InterestSubject.talk(pageTables));
		mark(event, InterestMarker.account(bo), InterestSubject.microconference(iommu));
		mark(event, InterestMarker.visitor(firstVisitor), InterestSubject.microconference(iommu));
		mark(event, InterestMarker.visitor(firstVisitor), InterestSubject.talk(compilers));
		mark(event, InterestMarker.visitor(secondVisitor), InterestSubject.microconference(tracing));
		mark(event, InterestMarker.account(ann), InterestSubject.microconference(tracing));
		mark(event, InterestMarker.visitor(secondVisitor), InterestSubject.microconference(iommu));
	}

	@AfterEach
	void removeEvent() {
		removeEventAndAccounts(EVENT, ADDRESSES);
	}

	@Test
	void intoASiteWithoutTheirAccountsTheFeedbackAndMarksComeBackFieldByFieldAndTheCountsAreMadeAgain() {
		List<String> feedbackBefore = feedback();
		List<String> marksBefore = marks();
		Map<String, Integer> countsBefore = counts();
		List<String> sharedBefore = shared();
		List<String> tallyBefore = tally();
		ExportedEventFile exported = files.export(EVENT);
		assertThat(TestFiles.text(exported.json())).as("a visitor by the hash of their id, never the id")
			.doesNotContain(firstVisitor, secondVisitor)
			.contains(OneTimeTokens.hash(firstVisitor), OneTimeTokens.hash(secondVisitor))
			.doesNotContain("interestCount", "\"marks\"");
		removeEventAndAccounts(EVENT, ADDRESSES);
		assertThat(count("interest_count")).isZero();
		assertThat(count("interest_pair_count")).isZero();

		files.importFile(exported.json(), false);

		assertThat(feedback()).isEqualTo(feedbackBefore)
			.containsExactly(
					PAGE_TABLES + " by ann@audience.test: 5 [Clear.\nMore of it, <b>please</b>.] given "
							+ "2024-03-04T10:40:00Z, changed 2024-03-04T11:05:00.250Z",
					PAGE_TABLES + " by bo@audience.test: 2 [null] given 2024-03-04T10:45:00Z, changed "
							+ "2024-03-04T10:45:00Z",
					COMPILERS + " by ann@audience.test: 4 [Good.] given 2024-03-05T09:00:00Z, changed "
							+ "2024-03-05T09:00:00Z");
		assertThat(marks()).isEqualTo(marksBefore).hasSize(8);
		assertThat(counts()).as("each MC's and talk's count, made again from the marks")
			.isEqualTo(countsBefore)
			.isEqualTo(Map.of("mc iommu", 4, "mc tracing", 2, "topic " + PAGE_TABLES, 1, "topic " + COMPILERS, 1));
		assertThat(count("interest_count")).isEqualTo(4);
		assertThat(shared()).as("the markers each pair of MCs shares, made again from the marks")
			.isEqualTo(sharedBefore)
			.containsExactly("mc iommu and mc tracing: 2");
		assertThat(tally()).as("the organisers' feedback overview").isEqualTo(tallyBefore);
		assertThat(visitorsMarks(firstVisitor)).as("the visitor's browser still finds their marks")
			.containsExactly("mc iommu", "topic " + COMPILERS);
		assertThat(visitorsMarks(secondVisitor)).containsExactly("mc iommu", "mc tracing");
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported.json()));
	}

	@Test
	void aFileWithoutThemImportsWithNoneAndARatingOutOfRangeIsRefusedWithNothingWritten() {
		String exported = TestFiles.text(files.export(EVENT).json());
		assertThat(exported).contains(BO_RATING);
		removeEvent();
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		assertThat(feedback()).as("a file of before feedback and marks were carried").isEmpty();
		assertThat(marks()).isEmpty();
		removeEvent();
		Map<String, Long> before = TableCounts.of(jdbc);

		EventFileException refused = catchThrowableOfType(EventFileException.class, () -> files
			.importFile(exported.replace(BO_RATING, "\"rating\": 6").getBytes(StandardCharsets.UTF_8), false));

		assertThat(refused.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/feedback/1/rating"))
			.satisfies(problem -> assertThat(problem.message()).isEqualTo("must have a maximum value of 5"));
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	private long topic(Event event, String guid) {
		return topicBackups.topicIds(event.id()).get(UUID.fromString(guid));
	}

	private void feedback(Event event, long topic, long account, int rating, String comment, String createdAt,
			String updatedAt) {
		jdbc.sql("""
				INSERT INTO talk_feedback (event_id, topic_id, account_id, rating, comment, version, created_at,
				                           updated_at)
				VALUES (?, ?, ?, ?, ?, 3, ?, ?)""")
			.params(event.id(), topic, account, rating, comment, timestamp(createdAt), timestamp(updatedAt))
			.update();
	}

	private void mark(Event event, InterestMarker marker, InterestSubject subject) {
		interestMarks.mark(event.id(), marker, subject);
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	/** The event's feedback as material/ reads it for a backup, by GUID and address. */
	private List<String> feedback() {
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		Map<Long, String> guids = guids(event);
		return materialBackups.feedback(event.id())
			.stream()
			.map(given -> guids.get(given.topicId()) + " by " + address(given.accountId()) + ": " + given.rating()
					+ " [" + given.comment() + "] given " + given.createdAt() + ", changed " + given.updatedAt())
			.toList();
	}

	/**
	 * The event's marks as the table holds them, markers by address or visitor hash,
	 * subjects by slug or GUID.
	 */
	private List<String> marks() {
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		Map<Long, String> subjects = subjects(event);
		return jdbc.sql("""
				SELECT account_id, visitor_hash, microconference_id, topic_id, created_at FROM interest_mark
				WHERE event_id = ? ORDER BY created_at, id""").param(event.id()).query((rs, row) -> {
			long account = rs.getLong("account_id");
			String marker = rs.wasNull() ? "visitor " + rs.getString("visitor_hash") : address(account);
			long mc = rs.getLong("microconference_id");
			String subject = rs.wasNull() ? subjects.get(-rs.getLong("topic_id")) : subjects.get(mc);
			return marker + " marked " + subject + " at " + rs.getObject("created_at");
		}).list();
	}

	/** The counts schedule/ reads for the room-size check and the scheduler. */
	private Map<String, Integer> counts() {
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		Map<Long, String> subjects = subjects(event);
		InterestCounts counts = interestMarks.counts(event.id());
		Map<String, Integer> named = new TreeMap<>();
		counts.byMicroconference().forEach((id, marks) -> named.put(subjects.get(id), marks));
		counts.byTopic().forEach((id, marks) -> named.put(subjects.get(-id), marks));
		return named;
	}

	/** The shared audiences the organisers' overview reads, MCs by slug. */
	private List<String> shared() {
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		Map<Long, String> subjects = subjects(event);
		return audienceFigures.sharedAudiences(event.id())
			.stream()
			.map(pair -> subjects.get(pair.firstMicroconferenceId()) + " and "
					+ subjects.get(pair.secondMicroconferenceId()) + ": " + pair.markers())
			.toList();
	}

	private List<String> visitorsMarks(String visitorId) {
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		Map<Long, String> subjects = subjects(event);
		MarkedInterest marked = interestMarks.of(event.id(), InterestMarker.visitor(visitorId));
		List<String> named = new ArrayList<>();
		marked.microconferences().forEach(id -> named.add(subjects.get(id)));
		marked.talks().forEach(id -> named.add(subjects.get(-id)));
		return named;
	}

	/**
	 * Each talk's count and mean rating as the organisers' feedback overview shows it.
	 */
	private List<String> tally() {
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		long olga = jdbc.sql("SELECT id FROM account WHERE email = 'olga@audience.test'").query(Long.class).single();
		return feedbackReports.overview(event, olga, null)
			.talks()
			.stream()
			.map(talk -> talk.guid() + " " + talk.count() + " " + talk.meanShown())
			.toList();
	}

	/**
	 * MCs by {@code mc SLUG} under their ids, topics by {@code topic GUID} under minus
	 * theirs.
	 */
	private Map<Long, String> subjects(Event event) {
		Map<Long, String> subjects = new HashMap<>();
		microconferences.forEvent(event.id()).forEach(mc -> subjects.put(mc.id(), "mc " + mc.slug()));
		guids(event).forEach((id, guid) -> subjects.put(-id, "topic " + guid));
		return subjects;
	}

	private Map<Long, String> guids(Event event) {
		Map<Long, String> guids = new HashMap<>();
		topicBackups.topicIds(event.id()).forEach((guid, id) -> guids.put(id, guid.toString()));
		return guids;
	}

	private String address(long accountId) {
		return jdbc.sql("SELECT email FROM account WHERE id = ?").param(accountId).query(String.class).single();
	}

}
