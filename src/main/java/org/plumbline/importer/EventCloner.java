package org.plumbline.importer;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.SignedInAccount;
import org.plumbline.account.Teams;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.CallCopies;
import org.plumbline.copy.EventCopy;
import org.plumbline.copy.WeekShift;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.EventSlugs;
import org.plumbline.event.NewEvent;
import org.plumbline.event.NewEvent.NewRoom;
import org.plumbline.event.SponsorTier;
import org.plumbline.event.TimeBlock;
import org.plumbline.mail.MailTemplateCopies;
import org.plumbline.microconference.McCopies;
import org.plumbline.registration.RegistrationCopies;
import org.plumbline.review.ReviewPhaseCopies;
import org.plumbline.schedule.ScheduleCopies;
import org.plumbline.validation.FieldChecks;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates next year's event from an organised one (issue 14, point 4): its rooms, time
 * blocks, sponsor tiers, calls' settings and plain tracks, review phases, Call for
 * Microconferences, ticket types, registration settings, tiers and questions, mail texts
 * and timetable rules, and on request its accepted MCs as proposals, every date moved by
 * whole weeks on the event's wall clock. Nothing personal is copied. All of it is one
 * transaction: a refusal or failure leaves no new event.
 */
@Service
public class EventCloner {

	public static final int MIN_WEEKS = 1;

	public static final int MAX_WEEKS = 520;

	static final int MAX_NAME_LENGTH = 200;

	private final EventCatalog catalog;

	private final EventSetup setup;

	private final CallCopies calls;

	private final ReviewPhaseCopies reviewPhases;

	private final McCopies microconferences;

	private final RegistrationCopies registration;

	private final MailTemplateCopies mailTexts;

	private final ScheduleCopies schedule;

	private final Teams teams;

	private final AccountPersons persons;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	EventCloner(EventCatalog catalog, EventSetup setup, CallCopies calls, ReviewPhaseCopies reviewPhases,
			McCopies microconferences, RegistrationCopies registration, MailTemplateCopies mailTexts,
			ScheduleCopies schedule, Teams teams, AccountPersons persons, AuditLog audit,
			TransactionTemplate transaction, Clock clock) {
		this.catalog = catalog;
		this.setup = setup;
		this.calls = calls;
		this.reviewPhases = reviewPhases;
		this.microconferences = microconferences;
		this.registration = registration;
		this.mailTexts = mailTexts;
		this.schedule = schedule;
		this.teams = teams;
		this.persons = persons;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Clones the event for someone who organises it; they become an organiser of the new
	 * one, and both events' audit logs record it.
	 * @throws InvalidFields for a malformed, reserved or taken slug, a missing or too
	 * long name, or weeks not a whole number from {@value #MIN_WEEKS} to
	 * {@value #MAX_WEEKS}; nothing is written
	 * @throws org.springframework.security.access.AccessDeniedException if they do not
	 * organise it
	 */
	public EventCloneReport clone(SignedInAccount by, Event source, EventCloneRequest request) {
		var checks = new FieldChecks();
		String slug = request.slug() == null ? "" : request.slug().strip();
		checks.check("slug", EventSlugs.problem(slug));
		String name = checks.required("name", request.name(), MAX_NAME_LENGTH);
		Integer weeks = weeks(request.weeks(), checks);
		checks.throwIfAny();
		try {
			return transaction.execute(status -> {
				if (catalog.findBySlug(slug).isPresent()) {
					throw taken(slug);
				}
				return cloneOnce(by, source, slug, name, weeks, request.proposed());
			});
		}
		catch (DuplicateKeyException sameSlugAtTheSameMoment) {
			throw taken(slug);
		}
		catch (DataIntegrityViolationException windowTurnedInsideOut) {
			// The features' own checks hold every window's order; moved across a change
			// of
			// the clocks, a short window can close before it opens (02:30 to 03:15 on the
			// night the clocks skip an hour), which the database refuses. The transaction
			// wrote nothing.
			throw new InvalidFields(Map.of("weeks", "Moved by " + weeks + " weeks, a window of the event (a call, a "
					+ "sale or a review phase) would meet a change of the clocks and close before it opens; choose "
					+ "another number of weeks."));
		}
	}

	private EventCloneReport cloneOnce(SignedInAccount by, Event source, String slug, String name, int weeks,
			boolean proposals) {
		WeekShift shift = new WeekShift(source.timeZone(), weeks);
		List<NewRoom> rooms = catalog.rooms(source.id())
			.stream()
			.map(room -> new NewRoom(room.name(), room.capacity(), null))
			.toList();
		List<String> tiers = catalog.sponsorTiers(source.id()).stream().map(SponsorTier::name).toList();
		Event clone = setup.create(new NewEvent(slug, name, shift.date(source.startDate()),
				shift.date(source.endDate()), source.timeZone(), source.venue(), rooms, List.of(), tiers, List.of()));
		teams.grantToCloner(by, source, clone);
		List<TimeBlock> blocks = catalog.timeBlocks(source.id()).stream().map(block -> moved(block, shift)).toList();
		setup.addTimeBlocks(clone.id(), blocks);
		EventCopy copy = new EventCopy(source.id(), clone.id(), by.id(), shift);
		copy.counted("rooms", rooms.size());
		copy.counted("time blocks", blocks.size());
		copy.counted("sponsor tiers", tiers.size());
		calls.copy(copy);
		reviewPhases.copy(copy);
		microconferences.copyCall(copy);
		if (proposals) {
			microconferences.copyAcceptedAsProposals(copy, clock.instant(), persons::verifiedAddress);
		}
		registration.copy(copy);
		mailTexts.copy(copy);
		schedule.copy(copy);
		Map<String, Object> made = new LinkedHashMap<>();
		made.put("from", source.slug());
		made.put("weeks", weeks);
		made.put("copied", copy.counts());
		made.put("clockChanges", shift.notes());
		audit.record(new AuditEntry(clone.id(), by.id(), null, "event", Long.toString(clone.id()), "cloned-from", null,
				made, null));
		audit.record(new AuditEntry(source.id(), by.id(), null, "event", Long.toString(source.id()), "cloned", null,
				Map.of("to", clone.slug(), "weeks", weeks), null));
		return new EventCloneReport(source, clone, weeks, new LinkedHashMap<>(copy.counts()), shift.notes());
	}

	private static TimeBlock moved(TimeBlock block, WeekShift shift) {
		String what = "Time block \"" + block.label() + "\"";
		Instant start = shift.instant(what + " starts", block.startsAt());
		Instant end = shift.instant(what + " ends", block.endsAt());
		Instant breakStart = shift.instant(what + ": its break starts", block.breakStartsAt());
		Instant breakEnd = shift.instant(what + ": its break ends", block.breakEndsAt());
		boolean ordered = start.isBefore(end) && (breakStart == null
				|| !breakStart.isBefore(start) && breakStart.isBefore(breakEnd) && !breakEnd.isAfter(end));
		if (!ordered) {
			// Only a change of the clocks inside the block can do this; other weeks avoid
			// it.
			throw new InvalidFields(Map.of("weeks",
					"Moved by " + shift.weeks() + " weeks, time block \"" + block.label()
							+ "\" would meet a change of the clocks and end before it starts or its break"
							+ " would leave it; choose another number of weeks."));
		}
		return new TimeBlock(0, block.label(), start, end, breakStart, breakEnd);
	}

	private static Integer weeks(String typed, FieldChecks checks) {
		String text = typed == null ? "" : typed.strip();
		Optional<Integer> weeks = Optional.empty();
		if (text.matches("\\d{1,4}")) {
			weeks = Optional.of(Integer.parseInt(text)).filter(w -> w >= MIN_WEEKS && w <= MAX_WEEKS);
		}
		checks.check("weeks", weeks.isPresent() ? Optional.empty()
				: Optional.of("Give a whole number of weeks from " + MIN_WEEKS + " to " + MAX_WEEKS + "."));
		return weeks.orElse(null);
	}

	private static InvalidFields taken(String slug) {
		return new InvalidFields(Map.of("slug", "\"" + slug + "\" is taken by another event; choose another slug."));
	}

}
