package org.plumbline.material;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.Event;
import org.plumbline.material.RecordedSession.RecordedTalk;
import org.plumbline.material.domain.RecordingRepository.StoredRecording;
import org.plumbline.material.domain.RecordingRepository;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.SessionKind;
import org.plumbline.validation.FieldChecks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recordings of the materials feature (issue 14, point 2; ARCHITECTURE.md puts
 * slides, recordings and feedback in one package). Each MC session of the released
 * timetable is recorded as one video; its leads (and the organisers) give its address and
 * the second each of its talks starts at, and talk pages and exports link to that second.
 * Recordings follow the released timetable, where the sessions that were recorded are.
 */
@Service
public class Recordings {

	public static final int MAX_URL = 2000;

	static final String STALE = "Someone saved this session's recording since you opened the page.";

	private final PublishedSchedule published;

	private final Microconferences microconferences;

	private final TopicCalls calls;

	private final Rights rights;

	private final RecordingRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	Recordings(PublishedSchedule published, Microconferences microconferences, TopicCalls calls, Rights rights,
			RecordingRepository repository, AuditLog audit, Clock clock) {
		this.published = published;
		this.microconferences = microconferences;
		this.calls = calls;
		this.rights = rights;
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * An MC's or plain track's sessions in the latest released timetable, with their
	 * recordings.
	 * @param trackSlug the MC's or the plain track's slug
	 * @throws RecordingsNotFoundException for an unknown MC or track, or an account that
	 * may not record it: an MC's leads and the organisers record an MC, the organisers a
	 * plain track
	 */
	@Transactional(readOnly = true)
	public RecordedTrack ofTrack(Event event, long actorAccountId, String trackSlug) {
		return sessionsOf(event, recordedBy(event, actorAccountId, trackSlug));
	}

	private RecordedTrack sessionsOf(Event event, RecordedTrack track) {
		String trackSlug = track.slug();
		Map<UUID, StoredRecording> recordings = repository.sessions(event.id());
		Map<UUID, Map<Long, Integer>> offsets = repository.offsets(event.id());
		SessionKind kind = track.microconference() ? SessionKind.MICROCONFERENCE : SessionKind.TRACK;
		return track.with(published.latest(event)
			.map(ReleasedSchedule::sessions)
			.orElse(List.of())
			.stream()
			.filter(session -> session.kind() == kind && trackSlug.equals(session.trackSlug()))
			.map(session -> recorded(session, recordings.get(session.guid()), offsets))
			.toList());
	}

	/**
	 * Saves a session's recording and its talks' offsets; an empty address removes the
	 * recording and its offsets.
	 * @param typedOffsets by topic id, as typed; blank for a talk with none
	 * @throws RecordingsNotFoundException as {@link #ofTrack}, or for a session that is
	 * not the track's in the latest release
	 * @throws org.plumbline.validation.InvalidFields for an address that is no http(s)
	 * address or too long, or an offset that is malformed, negative or past the session's
	 * end ({@code offset_{topicId}}), or offsets without an address
	 * @throws OptimisticLockingFailureException if the recording changed since the form
	 * was opened
	 */
	@Transactional
	public void save(Event event, long actorAccountId, String trackSlug, UUID sessionGuid, int seenVersion,
			String typedUrl, Map<Long, String> typedOffsets) {
		save(event, recordedBy(event, actorAccountId, trackSlug), actorAccountId, sessionGuid, seenVersion, typedUrl,
				typedOffsets);
	}

	/**
	 * Saves as {@link #save(Event, long, String, UUID, int, String, Map)} does, for the
	 * form of an MC or of a plain track: the other kind's slug names nothing here. The
	 * released timetable is read once.
	 * @param microconference whether the slug must name an MC rather than a plain track
	 */
	@Transactional
	public void save(Event event, long actorAccountId, String trackSlug, boolean microconference, UUID sessionGuid,
			int seenVersion, String typedUrl, Map<Long, String> typedOffsets) {
		save(event, recordable(event, actorAccountId, trackSlug, microconference), actorAccountId, sessionGuid,
				seenVersion, typedUrl, typedOffsets);
	}

	/**
	 * Checks that the account may record the MC or plain track, without reading the
	 * timetable: for a form to refuse a stranger before it looks at what was sent.
	 * @throws RecordingsNotFoundException as {@link #ofTrack}, or if the slug names the
	 * other kind
	 */
	@Transactional(readOnly = true)
	public void checkRecordable(Event event, long actorAccountId, String trackSlug, boolean microconference) {
		recordable(event, actorAccountId, trackSlug, microconference);
	}

	private RecordedTrack recordable(Event event, long actorAccountId, String trackSlug, boolean microconference) {
		RecordedTrack track = recordedBy(event, actorAccountId, trackSlug);
		if (track.microconference() != microconference) {
			throw new RecordingsNotFoundException((microconference ? "no MC " : "no plain track ") + trackSlug);
		}
		return track;
	}

	private void save(Event event, RecordedTrack track, long actorAccountId, UUID sessionGuid, int seenVersion,
			String typedUrl, Map<Long, String> typedOffsets) {
		String trackSlug = track.slug();
		RecordedSession session = sessionsOf(event, track).sessions()
			.stream()
			.filter(candidate -> candidate.guid().equals(sessionGuid))
			.findFirst()
			.orElseThrow(() -> new RecordingsNotFoundException("no session " + sessionGuid + " of " + trackSlug));
		String url = typedUrl == null ? "" : typedUrl.strip();
		FieldChecks checks = new FieldChecks();
		checks.check("url", urlProblem(url));
		Map<Long, Integer> offsets = new LinkedHashMap<>();
		for (RecordedTalk talk : session.talks()) {
			String typed = typedOffsets.getOrDefault(talk.topicId(), "");
			if (typed == null || typed.isBlank()) {
				continue;
			}
			String field = "offset_" + talk.topicId();
			Optional<String> problem = offsetProblem(typed, session.lengthSeconds());
			checks.check(field, problem);
			if (problem.isEmpty() && url.isEmpty()) {
				checks.check(field, Optional.of("Give the session's recording first: an offset is a second of it."));
			}
			if (problem.isEmpty()) {
				offsets.put(talk.topicId(), RecordingOffsets.parse(typed));
			}
		}
		checks.throwIfAny();
		Optional<StoredRecording> before = repository.lock(event.id(), sessionGuid);
		if (before.map(StoredRecording::version).orElse(0) != seenVersion) {
			throw new OptimisticLockingFailureException(STALE);
		}
		if (url.isEmpty() && session.url() == null) {
			return;
		}
		Map<String, Object> was = audited(session.url(), session.talks());
		if (url.isEmpty()) {
			if (!repository.remove(event.id(), sessionGuid, seenVersion, clock.instant())) {
				throw new OptimisticLockingFailureException(STALE);
			}
		}
		else {
			try {
				if (!repository.save(event.id(), sessionGuid, url, seenVersion, clock.instant())) {
					throw new OptimisticLockingFailureException(STALE);
				}
			}
			catch (DuplicateKeyException firstAtTheSameMoment) {
				throw new OptimisticLockingFailureException(STALE, firstAtTheSameMoment);
			}
			repository.replaceOffsets(event.id(), sessionGuid, offsets);
		}
		List<RecordedTalk> talksAfter = session.talks()
			.stream()
			.map(talk -> new RecordedTalk(talk.topicId(), talk.guid(), talk.title(), talk.startsAt(),
					url.isEmpty() ? null : offsets.get(talk.topicId())))
			.toList();
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "session-recording", sessionGuid.toString(),
				url.isEmpty() ? "recording-removed" : "recording-saved", was,
				audited(url.isEmpty() ? null : url, talksAfter), null));
	}

	/**
	 * Stores a new session's recording for a system actor (the importer of another
	 * system's schedule, whose sessions each hold one talk with its own video), audited
	 * as the organisers' saves are; the session's talk starts at the video's start.
	 * @return false, storing nothing, if the address is no http(s) address within
	 * {@link #MAX_URL} characters, or the session has a recording already
	 */
	@Transactional
	public boolean saveImported(Event event, String systemActor, UUID sessionGuid, String url) {
		String trimmed = url == null ? "" : url.strip();
		if (trimmed.isEmpty() || urlProblem(trimmed).isPresent()
				|| !repository.save(event.id(), sessionGuid, trimmed, 0, clock.instant())) {
			return false;
		}
		audit.record(new AuditEntry(event.id(), null, systemActor, "session-recording", sessionGuid.toString(),
				"recording-saved", null, audited(trimmed, List.of()), null));
		return true;
	}

	/**
	 * Every recording link of the released timetable, for the public pages and the
	 * exports: each recorded session's, and each of its talks' at its offset.
	 */
	@Transactional(readOnly = true)
	public RecordingIndex index(Event event) {
		Map<UUID, String> urls = new LinkedHashMap<>();
		repository.sessions(event.id())
			.forEach((guid, recording) -> recording.url().ifPresent(url -> urls.put(guid, url)));
		return new RecordingIndex(urls, repository.offsets(event.id()));
	}

	private RecordedTrack recordedBy(Event event, long actorAccountId, String trackSlug) {
		Optional<Microconference> mc = microconferences.find(event.id(), trackSlug);
		if (mc.isPresent() && rights.mayEditMicroconference(actorAccountId, mc.get())) {
			return new RecordedTrack(trackSlug, mc.get().title(), true, List.of());
		}
		Optional<TopicCall> plainTrack = calls.find(event.id(), trackSlug).filter(call -> !call.isMicroconference());
		if (plainTrack.isPresent() && rights.isOrganiser(actorAccountId, event.id())) {
			return new RecordedTrack(trackSlug, plainTrack.get().name(), false, List.of());
		}
		throw new RecordingsNotFoundException("no MC or track " + trackSlug + " in " + event.slug() + " that account "
				+ actorAccountId + " may record");
	}

	private static RecordedSession recorded(ScheduledSession session, StoredRecording recording,
			Map<UUID, Map<Long, Integer>> offsets) {
		Map<Long, Integer> own = offsets.getOrDefault(session.guid(), Map.of());
		List<RecordedTalk> talks = session.talks()
			.stream()
			.map(talk -> new RecordedTalk(talk.topicId(), talk.guid(), talk.title(), talk.startsAt(),
					own.get(talk.topicId())))
			.toList();
		return new RecordedSession(session.guid(), session.title(), session.room() == null ? "" : session.room().name(),
				session.startsAt(), session.endsAt(), recording == null ? null : recording.url().orElse(null),
				recording == null ? 0 : recording.version(), talks);
	}

	static Optional<String> urlProblem(String url) {
		if (url.isEmpty()) {
			return Optional.empty();
		}
		if (url.length() > MAX_URL) {
			return Optional.of("An address has at most " + MAX_URL + " characters.");
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return Optional.empty();
			}
		}
		catch (URISyntaxException malformed) {
			// told below, as any other address that is not a web page's
		}
		return Optional.of("Give the web address of the recording, starting with https:// or http://.");
	}

	static Optional<String> offsetProblem(String typed, long sessionSeconds) {
		if (typed.strip().startsWith("-")) {
			return Optional.of("An offset cannot be negative: it is where the talk starts in the recording.");
		}
		int seconds = RecordingOffsets.parse(typed);
		if (seconds < 0) {
			return Optional.of("Write the offset as hours:minutes:seconds, such as 1:02:03, or minutes:seconds.");
		}
		if (seconds > sessionSeconds) {
			return Optional.of("The session lasts " + RecordingOffsets.shown((int) sessionSeconds)
					+ ": an offset cannot be later than its end.");
		}
		return Optional.empty();
	}

	private static Map<String, Object> audited(String url, List<RecordedTalk> talks) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("url", url);
		Map<String, Object> offsets = new LinkedHashMap<>();
		talks.stream()
			.filter(talk -> talk.offsetSeconds() != null)
			.forEach(talk -> offsets.put(talk.guid().toString(), talk.offsetShown()));
		shown.put("offsets", offsets);
		return shown;
	}

}
