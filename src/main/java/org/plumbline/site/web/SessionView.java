package org.plumbline.site.web;

import java.util.List;

import org.plumbline.schedule.SessionKind;

/**
 * A session of the released schedule as its box shows it, in the grid and in the lists.
 *
 * @param id the box's anchor, from the session's GUID
 * @param path the MC's page; {@code null} for a plain track or a break
 * @param microconferenceId the MC's id, which its "Interested" button marks; {@code null}
 * for a plain track or a break
 * @param roomName {@code null} for a break in every room
 * @param leads an MC session's leads as its list writes them, each linked to their
 * speaker page
 * @param entries its talks and the breaks inside it, in time order
 */
public record SessionView(String id, SessionKind kind, String title, String path, Long microconferenceId,
		String roomName, String roomPath, Moment startsAt, Moment endsAt, List<PersonLink> leads, List<Entry> entries) {

	/** A person named as written in a list, linked to their speaker page. */
	public record PersonLink(String name, String path) {
	}

	/** What a session holds, in time order. */
	public sealed interface Entry permits TalkEntry, BreakEntry {

		Moment startsAt();

	}

	/** A talk; its "Interested" button marks its topic. */
	public record TalkEntry(String title, String path, long topicId, Moment startsAt, Moment endsAt,
			List<PersonLink> speakers) implements Entry {
	}

	public record BreakEntry(String title, Moment startsAt, Moment endsAt) implements Entry {
	}

	public boolean isBreak() {
		return kind == SessionKind.BREAK;
	}

	/** The box's class: an MC, a plain track or a break look apart. */
	public String boxClass() {
		return switch (kind) {
			case MICROCONFERENCE -> "session session-mc";
			case TRACK -> "session session-track";
			case BREAK -> "session session-break";
		};
	}

}
