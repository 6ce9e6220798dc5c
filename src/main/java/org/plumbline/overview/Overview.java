package org.plumbline.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.plumbline.cfp.SubmittedOnDay;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.cfp.TopicTallies;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.overview.AudienceMatrix.McAudience;
import org.plumbline.overview.domain.ParallelPairs;
import org.plumbline.registration.RegistrationHistory;
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

	Overview(TopicCalls calls, TopicTallies topics, ReviewProgress reviews, RegistrationHistory registrations,
			Microconferences microconferences, InterestMarks interest, AudienceFigures audience, EventCatalog events) {
		this.calls = calls;
		this.topics = topics;
		this.reviews = reviews;
		this.registrations = registrations;
		this.microconferences = microconferences;
		this.interest = interest;
		this.audience = audience;
		this.events = events;
	}

	/**
	 * The whole overview, every MC in the shared-audience matrix.
	 * @throws org.plumbline.registration.NotAnOrganiserException if the account does not
	 * organise the event
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
	 * @throws org.plumbline.registration.NotAnOrganiserException if the account does not
	 * organise the event
	 */
	@Transactional(readOnly = true)
	public EventOverview of(Event event, long actorAccountId, UnaryOperator<AudienceMatrix> selection) {
		var histories = registrations.perDay(event, actorAccountId);
		List<TopicCall> eventCalls = calls.calls(event.id());
		Map<String, String> callNames = new LinkedHashMap<>();
		for (TopicCall call : eventCalls) {
			callNames.put(callKey(call.microconferenceId(), call.plainTrackId()), call.name());
		}
		Map<Long, Microconference> mcs = new LinkedHashMap<>();
		for (Microconference mc : microconferences.forEvent(event.id())) {
			mcs.put(mc.id(), mc);
			callNames.putIfAbsent(callKey(mc.id(), null), mc.title());
		}
		List<SessionInterest> sessions = audience.draftSessions(event.id());
		return new EventOverview(event, submissions(event, eventCalls, callNames), progress(event, callNames),
				histories, matrix(event, sessions, selection), roomFill(event, sessions, mcs, callNames));
	}

	private List<CallSubmissions> submissions(Event event, List<TopicCall> eventCalls, Map<String, String> callNames) {
		Map<String, List<CallSubmissions.Tally>> byCall = new LinkedHashMap<>();
		for (String key : callNames.keySet()) {
			byCall.put(key, new ArrayList<>());
		}
		for (SubmittedOnDay day : topics.submittedPerDay(event)) {
			List<CallSubmissions.Tally> tallies = byCall.get(callKey(day.microconferenceId(), day.plainTrackId()));
			int before = tallies.isEmpty() ? 0 : tallies.getLast().total();
			tallies.add(new CallSubmissions.Tally(day.day(), day.topics(), before + day.topics()));
		}
		Map<String, TopicCall> callByKey = new HashMap<>();
		for (TopicCall call : eventCalls) {
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

	private List<CallProgress> progress(Event event, Map<String, String> callNames) {
		Map<String, CallReviewProgress> byCall = new HashMap<>();
		for (CallReviewProgress progress : reviews.perCall(event.id())) {
			byCall.put(callKey(progress.microconferenceId(), progress.plainTrackId()), progress);
		}
		List<CallProgress> progress = new ArrayList<>();
		callNames.forEach((key, name) -> {
			CallReviewProgress call = byCall.get(key);
			if (call != null) {
				progress
					.add(new CallProgress(name, call.submitted(), call.reviewed(), call.decided(), call.confirmed()));
			}
		});
		return progress;
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
		List<McAudience> everyMc = microconferences.published(event.id())
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

	private List<SessionFill> roomFill(Event event, List<SessionInterest> sessions, Map<Long, Microconference> mcs,
			Map<String, String> callNames) {
		Map<Long, Room> rooms = new HashMap<>();
		for (Room room : events.rooms(event.id())) {
			rooms.put(room.id(), room);
		}
		return sessions.stream().map(session -> {
			Room room = rooms.get(session.roomId());
			String title = session.microconferenceId() != null ? mcs.get(session.microconferenceId()).title()
					: callNames.get(callKey(null, session.plainTrackId()));
			return new SessionFill(title, room.name(), session.startsAt(), session.endsAt(), session.interested(),
					room.capacity());
		}).toList();
	}

	private static String callKey(Long microconferenceId, Long plainTrackId) {
		return microconferenceId != null ? "mc-" + microconferenceId : "track-" + plainTrackId;
	}

}
