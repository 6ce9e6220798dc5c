package org.plumbline.cfp;

import java.util.List;
import java.util.UUID;

/**
 * A topic as the timetable sees it (DOMAIN.md, placement): an accepted or confirmed topic
 * may be placed, a submitted one only as tentative. Its title, abstract and speakers are
 * read live, so a released version shows them as they are now.
 *
 * @param microconferenceId its MC, or {@code null} for a plain track's topic
 * @param plainTrackId its plain track, or {@code null} for an MC's topic
 * @param pendingState a recorded, unannounced decision, or {@code null}
 * @param abstractText Markdown, to be rendered through the sanitiser
 * @param speakers in order, each as written on the topic
 */
public record PlaceableTopic(long id, UUID guid, Long microconferenceId, Long plainTrackId, TopicState state,
		TopicState pendingState, String title, String abstractText, int durationMinutes, List<Speaker> speakers) {

	/**
	 * The states in which a topic is placeable, and a released version shows its talk.
	 */
	public static final List<TopicState> STATES = List.of(TopicState.SUBMITTED, TopicState.ACCEPTED,
			TopicState.CONFIRMED);

	public PlaceableTopic {
		speakers = List.copyOf(speakers);
	}

	/** A speaker under the name as written on this topic. */
	public record Speaker(long personId, UUID personGuid, String nameAsWritten) {
	}

	/** Accepted or confirmed: placed for real, not as tentative. */
	public boolean decidedIn() {
		return state == TopicState.ACCEPTED || state == TopicState.CONFIRMED;
	}

}
