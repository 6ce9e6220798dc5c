package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.cfp.TopicBackups;
import org.plumbline.event.Event;
import org.plumbline.microconference.MicroconferenceBackups;
import org.plumbline.registration.RegistrationBackups;
import org.plumbline.registration.Registrations;
import org.plumbline.review.ReviewBackups;
import org.plumbline.review.ReviewInput;
import org.plumbline.review.ReviewRefusedException;
import org.plumbline.review.Reviews;
import org.plumbline.testsupport.AccountFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The settings that decide what an event's pages let people do, through its event data
 * file and back: the event's default review window and the calls' own, the registration
 * rules, and the window of the Call for Microconferences. A restore that lost them would
 * let reviewers in at any time or never, hold offers and payments for the defaults' days
 * and hide the bank details.
 */
// Its account outlives the deleted event: the context is closed after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFileSettingsBackupTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final String SUBMITTED_TOPIC = "00000000-0000-4000-8000-00000000a002";

	private static final String IOMMU_PHASE_CLOSES = "\"closesAt\": \"2024-02-20T12:00:00.500Z\"";

	@Autowired
	ReviewBackups reviewBackups;

	@Autowired
	RegistrationBackups registrationBackups;

	@Autowired
	MicroconferenceBackups microconferenceBackups;

	@Autowired
	TopicBackups topicBackups;

	@Autowired
	Reviews reviews;

	@Autowired
	Registrations registrations;

	@Autowired
	PasswordEncoder passwords;

	@BeforeEach
	void anEventWithItsSettingsSaved() {
		removeEvent();
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		long event = eventId();
		jdbc.sql("""
				INSERT INTO review_phase_defaults (event_id, opens_at, closes_at, version)
				VALUES (?, ?, ?, 4)""")
			.params(event, timestamp("2024-01-20T08:00:00Z"), timestamp("2024-02-10T18:00:00Z"))
			.update();
		phase(event, "microconference_id", "mc:", mcId(event, "iommu"), "2024-01-25T09:00:00Z",
				"2024-02-20T12:00:00.500Z");
		long refereed = jdbc.sql("SELECT id FROM plain_track WHERE event_id = ? AND slug = 'refereed'")
			.param(event)
			.query(Long.class)
			.single();
		phase(event, "plain_track_id", "track:", refereed, "2024-01-22T09:00:00Z", "2024-02-01T09:00:00Z");
		jdbc.sql("""
				INSERT INTO registration_settings (event_id, cancel_until, payment_days, offer_hours, passes_per_mc,
				                                   bank_details, version, updated_at)
				VALUES (?, ?, 30, 48, 3, ?, 5, ?)""")
			.params(event, timestamp("2024-02-25T22:59:00Z"), "IBAN DE00 1234\n\tBIC TESTDEFF",
					timestamp("2024-01-05T10:00:00Z"))
			.update();
		jdbc.sql("INSERT INTO mc_call (event_id, opens_at, closes_at, version) VALUES (?, ?, ?, 3)")
			.params(event, timestamp("2023-10-01T08:00:00Z"), timestamp("2023-11-15T23:59:59Z"))
			.update();
	}

	@AfterEach
	void removeEvent() {
		catalog.findBySlug(EVENT).ifPresent(event -> setup.delete(event.id()));
	}

	@Test
	void theReviewWindowsRegistrationRulesAndCallForMcsComeBackFieldByField() {
		List<String> before = settings();
		ExportedEventFile exported = files.export(EVENT);
		removeEvent();

		files.importFile(exported.json(), false);

		assertThat(settings()).isEqualTo(before)
			.containsExactly("review phase of the event 2024-01-20T08:00:00Z to 2024-02-10T18:00:00Z",
					"review phase of iommu 2024-01-25T09:00:00Z to 2024-02-20T12:00:00.500Z",
					"review phase of refereed 2024-01-22T09:00:00Z to 2024-02-01T09:00:00Z",
					"registration: cancel until 2024-02-25T22:59:00Z, 30 days to pay, offers held 48 h, 3 passes per MC, "
							+ "bank details [IBAN DE00 1234\n\tBIC TESTDEFF], saved 2024-01-05T10:00:00Z",
					"call for MCs 2023-10-01T08:00:00Z to 2023-11-15T23:59:59Z");
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported.json()));
	}

	@Test
	void afterARestoreAReviewerOutsideTheCallsOwnWindowIsRefusedAndAttendeesReadTheRestoredRules() {
		byte[] exported = files.export(EVENT).json();
		removeEvent();
		files.importFile(exported, false);
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		AccountFixture accounts = new AccountFixture(jdbc, directory, passwords);
		long organiser = accounts.account("olga@settings.test", "Olga Organiser");
		accounts.grant(event.id(), organiser, EventRole.ORGANISER, null);
		long topic = topicBackups.topicIds(event.id()).get(UUID.fromString(SUBMITTED_TOPIC));

		ReviewRefusedException refused = catchThrowableOfType(ReviewRefusedException.class,
				() -> reviews.save(organiser, event, "iommu", topic, null, new ReviewInput("1", "Late.")));

		assertThat(refused).as("the IOMMU call's own window, not the event's, and not none")
			.hasMessage("The review phase of IOMMU closed on 2024-02-20 13:00 Europe/Berlin; "
					+ "reviews can no longer be saved or changed.");
		assertThat(registrations.bankDetails(event)).contains("IBAN DE00 1234\n\tBIC TESTDEFF");
		assertThat(registrations.cancelDeadline(event)).isEqualTo(Instant.parse("2024-02-25T22:59:00Z"));
	}

	@Test
	void aFileWithoutTheSettingsImportsOnTheDefaultsAndAReviewWindowClosingBeforeItOpensIsRefusedWithNothingWritten() {
		String exported = TestFiles.text(files.export(EVENT).json());
		assertThat(exported).contains(IOMMU_PHASE_CLOSES);
		removeEvent();
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		assertThat(settings()).as("a file of before the settings were carried").isEmpty();
		Event event = catalog.findBySlug(EVENT).orElseThrow();
		assertThat(registrations.bankDetails(event)).isEmpty();
		assertThat(registrations.cancelDeadline(event)).isEqualTo(event.startsAt());
		removeEvent();
		Map<String, Long> before = TableCounts.of(jdbc);

		EventFileException refused = catchThrowableOfType(EventFileException.class,
				() -> files.importFile(exported.replace(IOMMU_PHASE_CLOSES, "\"closesAt\": \"2024-01-25T09:00:00Z\"")
					.getBytes(StandardCharsets.UTF_8), false));

		assertThat(refused.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/reviewPhases/0/closesAt"))
			.satisfies(problem -> assertThat(problem.message())
				.isEqualTo("the review phase must close after it opens (2024-01-25T09:00:00Z)"));
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	private void phase(long event, String column, String keyPrefix, long callId, String opensAt, String closesAt) {
		jdbc.sql("""
				INSERT INTO review_phase (event_id, %s, call_key, opens_at, closes_at, version)
				VALUES (?, ?, ?, ?, ?, 2)""".formatted(column))
			.params(event, callId, keyPrefix + callId, timestamp(opensAt), timestamp(closesAt))
			.update();
	}

	private long eventId() {
		return catalog.findBySlug(EVENT).orElseThrow().id();
	}

	private long mcId(long event, String slug) {
		return jdbc.sql("SELECT id FROM microconference WHERE event_id = ? AND slug = ?")
			.params(event, slug)
			.query(Long.class)
			.single();
	}

	/**
	 * The event's settings as their owners read them for a backup, calls by slug: the
	 * review windows, the registration rules and the Call for Microconferences' window.
	 */
	private List<String> settings() {
		long event = eventId();
		Map<Long, String> calls = new HashMap<>();
		microconferences.forEvent(event).forEach(mc -> calls.put(mc.id(), mc.slug()));
		Map<Long, String> tracks = new HashMap<>();
		topicBackups.plainTracks(event).forEach((id, track) -> tracks.put(id, track.slug()));
		List<String> settings = new ArrayList<>();
		reviewBackups.reviewPhases(event)
			.forEach(phase -> settings.add("review phase of "
					+ (phase.isEventDefault() ? "the event"
							: phase.microconferenceId() != null ? calls.get(phase.microconferenceId())
									: tracks.get(phase.plainTrackId()))
					+ " " + phase.opensAt() + " to " + phase.closesAt()));
		registrationBackups.settings(event)
			.ifPresent(rules -> settings
				.add("registration: cancel until " + rules.cancelUntil() + ", " + rules.paymentDays()
						+ " days to pay, offers held " + rules.offerHours() + " h, " + rules.passesPerMicroconference()
						+ " passes per MC, bank details [" + rules.bankDetails() + "], saved " + rules.updatedAt()));
		microconferenceBackups.call(event)
			.ifPresent(call -> settings.add("call for MCs " + call.opensAt() + " to " + call.closesAt()));
		return settings;
	}

}
