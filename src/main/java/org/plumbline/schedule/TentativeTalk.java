package org.plumbline.schedule;

import org.plumbline.cfp.DecisionVersions;
import org.plumbline.cfp.TopicState;

/**
 * A talk placed in the draft whose topic is not accepted yet (DOMAIN.md, placement), as
 * one who may decide it sees it from the timetable.
 *
 * @param microconferenceId its MC, or {@code null} for a plain track's talk
 * @param plainTrackId its plain track, or {@code null} for an MC's talk
 * @param seen the versions to decide it at
 * @param pendingState a decision recorded and not announced, or {@code null}
 */
public record TentativeTalk(long topicId, String title, Long microconferenceId, Long plainTrackId, TopicState state,
		TopicState pendingState, DecisionVersions seen) {

	/** As the accept form sends it: {@code id:version:decisionVersion}. */
	public String formValue() {
		return topicId + ":" + seen.topicVersion() + ":" + seen.decisionVersion();
	}

}
