package org.plumbline.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.plumbline.account.Rights;
import org.plumbline.cfp.CallSize;
import org.plumbline.cfp.SubmittedOnDay;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.cfp.TopicTallies;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.microconference.McName;
import org.plumbline.microconference.Microconferences;
import org.plumbline.overview.AudienceMatrix.McAudience;
import org.plumbline.overview.domain.ParallelPairs;
import org.plumbline.registration.NotAnOrganiserException;
import org.plumbline.registration.RegistrationHistory;
import org.plumbline.registration.TicketTypeHistory;
import org.plumbline.review.CallReviewProgress;
import org.plumbline.review.ReviewProgress;
import org.plumbline.schedule.AudienceFigures;
import org.plumbline.schedule.InterestCounts;
import org.plumbline.schedule.InterestMarks;
import org.plumbline.schedule.SessionInterest;
import org.plumbline.schedule.SharedAudience;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's overview for its organisers, gathered from the features that own the figures
 * in one read-only transaction, in a fixed number of queries whatever the event's size.
 * The timetable it speaks of is the draft, the one organisers plan with.
 */
@Service
public class Overview {

	private final TopicCalls calls;

	private final TopicTallies topics;

	private final ReviewProgress reviews;

	private final RegistrationHistory registrations;

	private final Microconferences microconferences;

	private final InterestMarks interest;

	private final AudienceFigures audience;

	private final EventCatalog events;

	private final Rights rights;

	Overview(TopicCalls calls, TopicTallies topics, ReviewProgress reviews, RegistrationHistory registrations,
			Microconferences microconferences, InterestMarks interest, AudienceFigures audience, EventCatalog events,
			Rights rights) {
		this.calls = calls;
		this.topics = topics;
		this.reviews = reviews;
		this.registrations = registrations;
		this.microconferences = microconferences;
		this.interest = interest;
		this.audience = audience;
		this.events = events;
		this.rights = rights;
	}

	/**
	 * The whole overview, every MC in the shared-audience matrix.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public EventOverview of(Event event, long actorAccountId) {
		return of(event, actorAccountId, UnaryOperator.identity());
	}

	/**
	 * The overview with the shared-audience matrix narrowed to the MCs that a selection
	 * keeps (such as {@code matrix -> matrix.mostMarked(30)}) before their pairs are
	 * counted, by audience and by time: at a large event, far fewer marks and sessions to
	 * pair than all of them. The selection sees no pairs.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public EventOverview of(Event event, long actorAccountId, UnaryOperator<AudienceMatrix> selection) {
		return of(event, actorAccountId, selection, Integer.MAX_VALUE);
	}

	/**
	 * As {@link #of(Event, long, UnaryOperator)}, with the topics per day and the review
	 * progress of the {@code reviewedCalls} calls with most topics only: their topics'
	 * days and their reviews alone are read.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public EventOverview of(Event event, long actorAccountId, UnaryOperator<AudienceMatrix> selection,
			int reviewedCalls) {
		requireOrganiser(event, actorAccountId);
		Calls eventCalls = calls(event);
		Sized sized = sized(event, eventCalls, reviewedCalls);
		List<SessionInterest> sessions = audience.draftSessions(event.id());
		return new EventOverview(event, submissions(eventCalls, submittedDays(event, sized)),
				progress(event, eventCalls, sized), registrations.perDay(event, actorAccountId),
				matrix(event, sessions, selection), roomFill(event, sessions, eventCalls));
	}

	/**
	 * The topics chart alone, as its CSV file needs it.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public List<CallSubmissions> submissions(Event event, long actorAccountId) {
		requireOrganiser(event, actorAccountId);
		return submissions(calls(event), topics.submittedPerDay(event));
	}

	/**
	 * The review progress chart alone.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public List<CallProgress> reviewProgress(Event event, long actorAccountId) {
		requireOrganiser(event, actorAccountId);
		Calls eventCalls = calls(event);
		return progress(event, eventCalls, sized(event, eventCalls, Integer.MAX_VALUE)).calls();
	}

	/**
	 * The registrations chart alone.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public List<TicketTypeHistory> registrations(Event event, long actorAccountId) {
		return registrations.perDay(event, actorAccountId);
	}

	/**
	 * The whole shared-audience matrix alone.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public AudienceMatrix sharedAudience(Event event, long actorAccountId) {
		requireOrganiser(event, actorAccountId);
		return matrix(event, audience.draftSessions(event.id()), UnaryOperator.identity());
	}

	/**
	 * The room fill chart alone.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public List<SessionFill> roomFill(Event event, long actorAccountId) {
		requireOrganiser(event, actorAccountId);
		return roomFill(event, audience.draftSessions(event.id()), calls(event));
	}

	private void requireOrganiser(Event event, long accountId) {
		if (!rights.isOrganiser(accountId, event.id())) {
			throw new NotAnOrganiserException("Account " + accountId + " does not organise " + event.slug());
		}
	}

	/**
	 * The event's calls and MCs, and the name each chart gives a call (an MC's title or a
	 * plain track's name) under its key.
	 */
	private record Calls(List<TopicCall> calls, Map<String, String> names, Map<Long, McName> mcs) {
	}

	private Calls calls(Event event) {
		List<TopicCall> eventCalls = calls.calls(event.id());
		Map<String, String> callNames = new LinkedHashMap<>();
		for (TopicCall call : eventCalls) {
			callNames.put(callKey(call.microconferenceId(), call.plainTrackId()), call.name());
		}
		Map<Long, McName> mcs = new LinkedHashMap<>();
		for (McName mc : microconferences.names(event.id())) {
			mcs.put(mc.id(), mc);
			callNames.putIfAbsent(callKey(mc.id(), null), mc.title());
		}
		return new Calls(eventCalls, callNames, mcs);
	}

	/**
	 * The calls' submitted topics, counted without their reviews, and the {@code most} of
	 * them with most topics (ties in page order), whose days and reviews alone are read:
	 * every call when they are all among them.
	 */
	private record Sized(List<String> inPageOrder, Map<String, CallSize> sizes, Set<String> counted) {

		boolean everyCall() {
			return counted.size() == inPageOrder.size();
		}

		List<Long> countedMicroconferences() {
			return counted.stream().map(key -> sizes.get(key).microconferenceId()).filter(Objects::nonNull).toList();
		}

		List<Long> countedPlainTracks() {
			return counted.stream().map(key -> sizes.get(key).plainTrackId()).filter(Objects::nonNull).toList();
		}

	}

	private Sized sized(Event event, Calls eventCalls, int most) {
		Map<String, CallSize> sizes = new HashMap<>();
		for (CallSize size : topics.callSizes(event.id())) {
			sizes.put(callKey(size.microconferenceId(), size.plainTrackId()), size);
		}
		List<String> inPageOrder = eventCalls.names().keySet().stream().filter(sizes::containsKey).toList();
		Set<String> counted = inPageOrder.stream()
			.sorted(Comparator.comparingInt((String key) -> sizes.get(key).submitted()).reversed())
			.limit(most)
			.collect(Collectors.toSet());
		return new Sized(inPageOrder, sizes, counted);
	}

	private List<SubmittedOnDay> submittedDays(Event event, Sized sized) {
		return sized.everyCall() ? topics.submittedPerDay(event)
				: topics.submittedPerDay(event, sized.countedMicroconferences(), sized.countedPlainTracks());
	}

	/**
	 * Every call, in page order, with the days read: a call whose days were not read has
	 * none.
	 */
	private List<CallSubmissions> submissions(Calls eventCalls, List<SubmittedOnDay> submittedDays) {
		Map<String, String> callNames = eventCalls.names();
		Map<String, List<CallSubmissions.Tally>> byCall = new LinkedHashMap<>();
		for (String key : callNames.keySet()) {
			byCall.put(key, new ArrayList<>());
		}
		for (SubmittedOnDay day : submittedDays) {
			List<CallSubmissions.Tally> tallies = byCall.get(callKey(day.microconferenceId(), day.plainTrackId()));
			int before = tallies.isEmpty() ? 0 : tallies.getLast().total();
			tallies.add(new CallSubmissions.Tally(day.day(), day.topics(), before + day.topics()));
		}
		Map<String, TopicCall> callByKey = new HashMap<>();
		for (TopicCall call : eventCalls.calls()) {
			callByKey.put(callKey(call.microconferenceId(), call.plainTrackId()), call);
		}
		List<CallSubmissions> submissions = new ArrayList<>();
		byCall.forEach((key, tallies) -> {
			TopicCall call = callByKey.get(key);
			if (call != null || !tallies.isEmpty()) {
				submissions
					.add(new CallSubmissions(callNames.get(key), call == null ? null : call.closesAt(), tallies));
			}
		});
		return submissions;
	}

	/** The review progress of the counted calls, in page order. */
	private ReviewedCalls progress(Event event, Calls eventCalls, Sized sized) {
		List<CallReviewProgress> read = sized.everyCall() ? reviews.perCall(event.id())
				: reviews.perCall(event.id(), sized.countedMicroconferences(), sized.countedPlainTracks());
		Map<String, CallReviewProgress> byCall = new HashMap<>();
		for (CallReviewProgress progress : read) {
			byCall.put(callKey(progress.microconferenceId(), progress.plainTrackId()), progress);
		}
		List<CallProgress> progress = new ArrayList<>();
		for (String key : sized.inPageOrder()) {
			CallReviewProgress call = byCall.get(key);
			if (sized.counted().contains(key) && call != null) {
				progress.add(new CallProgress(eventCalls.names().get(key), call.submitted(), call.reviewed(),
						call.decided(), call.confirmed()));
			}
		}
		return new ReviewedCalls(progress, sized.inPageOrder().size() - sized.counted().size());
	}

	private AudienceMatrix matrix(Event event, List<SessionInterest> sessions,
			UnaryOperator<AudienceMatrix> selection) {
		InterestCounts counts = interest.counts(event.id());
		Map<Long, Set<LocalDate>> days = new HashMap<>();
		for (SessionInterest session : sessions) {
			if (session.microconferenceId() != null) {
				days.computeIfAbsent(session.microconferenceId(), mc -> new HashSet<>())
					.add(LocalDate.ofInstant(session.startsAt(), event.timeZone()));
			}
		}
		List<McAudience> everyMc = microconferences.publishedNames(event.id())
			.stream()
			.map(mc -> new McAudience(mc.id(), mc.title(), counts.ofMicroconference(mc.id()),
					days.getOrDefault(mc.id(), Set.of())))
			.toList();
		List<McAudience> kept = selection.apply(new AudienceMatrix(everyMc, Map.of(), Set.of())).mcs();
		Set<Long> keptIds = kept.stream().map(McAudience::id).collect(Collectors.toSet());
		Set<String> parallel = ParallelPairs
			.of(sessions.stream().filter(session -> keptIds.contains(session.microconferenceId())).toList());
		List<SharedAudience> pairs = kept.size() == everyMc.size() ? audience.sharedAudiences(event.id())
				: audience.sharedAudiencesAmong(event.id(), keptIds);
		Map<String, Integer> shared = new HashMap<>();
		for (SharedAudience pair : pairs) {
			shared.put(AudienceMatrix.pair(pair.firstMicroconferenceId(), pair.secondMicroconferenceId()),
					pair.markers());
		}
		return new AudienceMatrix(kept, shared, parallel);
	}

	private List<SessionFill> roomFill(Event event, List<SessionInterest> sessions, Calls eventCalls) {
		Map<Long, Room> rooms = new HashMap<>();
		for (Room room : events.rooms(event.id())) {
			rooms.put(room.id(), room);
		}
		return sessions.stream().map(session -> {
			Room room = rooms.get(session.roomId());
			String title = session.microconferenceId() != null
					? eventCalls.mcs().get(session.microconferenceId()).title()
					: eventCalls.names().get(callKey(null, session.plainTrackId()));
			return new SessionFill(title, room.name(), session.startsAt(), session.endsAt(), session.interested(),
					room.capacity());
		}).toList();
	}

	private static String callKey(Long microconferenceId, Long plainTrackId) {
		return microconferenceId != null ? "mc-" + microconferenceId : "track-" + plainTrackId;
	}

}
