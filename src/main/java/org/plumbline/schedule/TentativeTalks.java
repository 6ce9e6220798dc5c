package org.plumbline.schedule;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.cfp.DecidableTopic;
import org.plumbline.cfp.DecisionVersions;
import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.PlaceableTopics;
import org.plumbline.cfp.TopicConflicts;
import org.plumbline.cfp.TopicDecisions;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.Event;
import org.plumbline.schedule.domain.TimetableRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tentative talks (topics placed before they were accepted) and accepting them in bulk
 * from the timetable through cfp's {@link TopicDecisions}: recorded, not announced
 * (DOMAIN.md, "Recorded, then announced"), by those who may decide them and never by one
 * conflicted with the topic: an MC's topics its leads and the organisers, a plain track's
 * the organisers alone, as cfp decides them (its reviewers review, they do not decide).
 * <p>
 * Whether a talk is tentative is read from its topic's state, not from the flag stored at
 * placement: the announcement that makes a topic ACCEPTED is cfp's, which cannot reach
 * into the timetable, so a stored flag would go stale. A talk whose acceptance is
 * recorded stays tentative until it is announced.
 */
@Service
public class TentativeTalks {

	private final TimetableRepository timetables;

	private final PlaceableTopics topics;

	private final TopicDecisions decisions;

	private final TopicConflicts conflicts;

	private final EditorRights rights;

	TentativeTalks(TimetableRepository timetables, PlaceableTopics topics, TopicDecisions decisions,
			TopicConflicts conflicts, EditorRights rights) {
		this.timetables = timetables;
		this.topics = topics;
		this.decisions = decisions;
		this.conflicts = conflicts;
		this.rights = rights;
	}

	/**
	 * The draft's tentative talks the account may decide, of one MC, or of every MC and
	 * plain track; empty for one who may not decide.
	 */
	// Not read-only: an event's draft is created at its first use, which may be here.
	@Transactional
	public List<TentativeTalk> decidableBy(long accountId, Event event, Long onlyMc) {
		Timetable draft = timetables.find(timetables.draftId(event.id())).orElseThrow();
		List<Long> placed = draft.sessions().stream().flatMap(s -> s.talks().stream()).map(t -> t.topicId()).toList();
		return topics.ofEvent(event.id())
			.stream()
			.filter(topic -> !topic.decidedIn() && placed.contains(topic.id()))
			.filter(topic -> onlyMc == null || onlyMc.equals(topic.microconferenceId()))
			.map(topic -> tentative(accountId, event, topic))
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * Records the acceptance of the chosen tentative talks, all or nothing.
	 * @param seen each topic at the versions the page showed
	 * @param onlyMc a lead's page's MC, or {@code null} on the organisers' grid
	 * @return how many were recorded
	 * @throws TimetableNotFoundException if the account may not decide one of them, is
	 * conflicted with it, or it is not a tentative talk (of the MC)
	 * @throws TimetableRefusedException if none was chosen
	 * @throws org.plumbline.cfp.TopicRefusedException if a topic's state does not allow
	 * acceptance
	 * @throws org.springframework.dao.OptimisticLockingFailureException if a topic
	 * changed since the page showed it
	 */
	@Transactional
	public int accept(long accountId, Event event, Long onlyMc, Map<Long, DecisionVersions> seen) {
		if (onlyMc == null) {
			rights.requireOrganiser(accountId, event);
		}
		else {
			rights.requireMcEditor(accountId, event, onlyMc);
		}
		if (seen.isEmpty()) {
			throw new TimetableRefusedException("Choose at least one tentative talk to accept.");
		}
		List<Long> mine = decidableBy(accountId, event, onlyMc).stream().map(TentativeTalk::topicId).toList();
		for (long topicId : seen.keySet()) {
			if (!mine.contains(topicId)) {
				throw new TimetableNotFoundException(
						"No tentative talk " + topicId + " that " + accountId + " may accept");
			}
		}
		return decisions.recordAll(accountId, seen, TopicState.ACCEPTED).size();
	}

	private Optional<TentativeTalk> tentative(long accountId, Event event, PlaceableTopic topic) {
		if (conflicts.conflicted(topic.id(), accountId) || !mayDecide(accountId, event, topic)) {
			return Optional.empty();
		}
		return decisions.topicOfEvent(accountId, event.id(), topic.id()).map(decidable -> of(topic, decidable));
	}

	private boolean mayDecide(long accountId, Event event, PlaceableTopic topic) {
		try {
			if (topic.microconferenceId() == null) {
				rights.requireOrganiser(accountId, event);
			}
			else {
				rights.requireMcEditor(accountId, event, topic.microconferenceId());
			}
			return true;
		}
		catch (TimetableNotFoundException notTheirs) {
			return false;
		}
	}

	private static TentativeTalk of(PlaceableTopic topic, DecidableTopic decidable) {
		return new TentativeTalk(topic.id(), topic.title(), topic.microconferenceId(), topic.plainTrackId(),
				topic.state(), decidable.pendingState(),
				new DecisionVersions(decidable.topic().version(), decidable.decisionVersion()));
	}

}
