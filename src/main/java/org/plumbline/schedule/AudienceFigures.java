package org.plumbline.schedule;

import java.util.Collection;
import java.util.List;

import org.plumbline.schedule.domain.AudienceRepository;
import org.plumbline.schedule.domain.PairCountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interest marks summed for the organisers' overview: which MCs share an audience, and
 * how many may come to each session of the draft timetable, the one organisers plan with.
 */
@Service
public class AudienceFigures {

	private final AudienceRepository audience;

	private final PairCountRepository pairs;

	AudienceFigures(AudienceRepository audience, PairCountRepository pairs) {
		this.audience = audience;
		this.pairs = pairs;
	}

	/** Every pair of the event's MCs that at least one marker marked both of. */
	@Transactional(readOnly = true)
	public List<SharedAudience> sharedAudiences(long eventId) {
		return pairs.shared(eventId);
	}

	/**
	 * The pairs of the MCs given that at least one marker marked both of, as counted when
	 * the marks were made: one row per pair, however many marks.
	 */
	@Transactional(readOnly = true)
	public List<SharedAudience> sharedAudiencesAmong(long eventId, Collection<Long> microconferenceIds) {
		return microconferenceIds.isEmpty() ? List.of() : pairs.sharedAmong(eventId, microconferenceIds);
	}

	/**
	 * The MC and plain track sessions of the event's draft timetable, by start and room;
	 * none while the event has no draft.
	 */
	@Transactional(readOnly = true)
	public List<SessionInterest> draftSessions(long eventId) {
		return audience.draftSessions(eventId);
	}

}
