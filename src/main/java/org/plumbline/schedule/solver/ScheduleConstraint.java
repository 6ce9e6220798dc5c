package org.plumbline.schedule.solver;

import org.plumbline.schedule.ConflictLevel;

/**
 * Every constraint the solver counts, with its default level. The levels follow DOMAIN.md
 * ("Conflict levels"): a person needed in two places as presenter or chair, and declared
 * unavailability of a room, a presenter or a chair, are hard; a key attendee needed in
 * two places or while unavailable is medium; attendees' clashes, rooms too small and
 * preferences are soft. Where one person holds two roles the clash takes the lower level,
 * which is why a chair who is a key attendee elsewhere counts as a key attendee clash,
 * not a chair clash. The first two keep the timetable physically possible and cannot be
 * weighted.
 */
public enum ScheduleConstraint {

	ROOM_DOUBLE_BOOKED("Room double-booked", ConflictLevel.HARD, false,
			"Two talks in one room at the same time: per pair of talks in the same room and block, per slot they both fill."),
	SESSION_MIXES_TRACKS("Session mixes tracks", ConflictLevel.HARD, false,
			"Talks of different tracks in one session (the same room and block): per pair of such talks."),
	TRACK_BLOCK("Track block preference", ConflictLevel.SOFT, true,
			"A track in a block it would rather avoid, or not in one it prefers, such as its leads' preferred times: per session, the penalty given for its track and block."),
	TRACK_ROOM("Track room preference", ConflictLevel.SOFT, true,
			"A track in a room it would rather avoid: per session, the penalty given for its track and room."),
	ROOM_UNAVAILABLE("Room unavailable", ConflictLevel.HARD, true,
			"A session in a room during a block when the room is not available: per session, the penalty given for its room and block."),
	PERSON_UNAVAILABLE("Person unavailable", ConflictLevel.HARD, true,
			"A lead or presenter needed while declared unavailable: 1 per session and lead unavailable during it, and 1 per talk and presenter unavailable during it (a presenter who leads the track counts once, with the session)."),
	KEY_ATTENDEE_UNAVAILABLE("Key attendee unavailable", ConflictLevel.MEDIUM, true,
			"A key attendee needed while declared unavailable: 1 per session and key attendee unavailable during it (one who also leads the track counts as a lead)."),
	TALK_BLOCK("Talk block preference", ConflictLevel.SOFT, true,
			"A talk in a block it would rather avoid: per slot the talk fills, the penalty given for the talk and its block."),
	TALK_ROOM("Talk room preference", ConflictLevel.SOFT, true,
			"A talk in a room it would rather avoid: per slot the talk fills, the penalty given for the talk and its room."),
	SIMILAR_TRACKS_IN_PARALLEL("Similar tracks in parallel", ConflictLevel.SOFT, true,
			"Similar tracks at the same time: per block, per pair of rooms holding different tracks, how similar those two tracks were said to be."),
	TRACK_IN_SEVERAL_ROOMS("Track in several rooms", ConflictLevel.SOFT, true,
			"A track that moves between rooms: per track, the number of rooms it uses less one."),
	TRACK_IN_TWO_ROOMS_AT_ONCE("Track in two rooms at once", ConflictLevel.SOFT, true,
			"A track in two rooms at the same time: per block and track, the number of rooms holding it less one."),
	TRACK_BLOCKS_NOT_CONSECUTIVE("Track blocks not consecutive", ConflictLevel.SOFT, true,
			"A track whose blocks are not one after another: 1 per track with a gap between its blocks."),
	TALK_ORDER("Talk order", ConflictLevel.SOFT, true,
			"Talks out of their wanted order: 1 per talk not at its wanted place in its track, and 1 per pair of a track's ordered talks placed at the same time in one block."),
	PRESENTER_LOCAL_TIME("Presenter local time", ConflictLevel.SOFT, true,
			"A remote presenter's talk at an awkward hour where they live: per slot, a small penalty outside their suitable hours and a big one outside their acceptable hours."),
	PRESENTER_CLASH("Presenter clash", ConflictLevel.HARD, true,
			"A person presenting in two rooms at once, or presenting while leading another track: per block, per pair of such talks in different rooms, and the same per overlapping slot."),
	ATTENDEE_CLASH("Attendee clash", ConflictLevel.SOFT, true,
			"An attendee wanted in two rooms at once: as the presenter clash, for an attendee of one talk who attends, presents in or leads the other."),
	CHAIR_CLASH("Chair clash", ConflictLevel.HARD, true,
			"A lead needed in two rooms at once: per block, per pair of sessions of different tracks that share a lead."),
	KEY_ATTENDEE_CLASH("Key attendee clash", ConflictLevel.MEDIUM, true,
			"A key attendee needed in two places at once: per person and pair of sessions at the same time where they are a key attendee of one and a key attendee, presenter or lead of the other."),
	ROOM_CAPACITY("Room capacity", ConflictLevel.SOFT, true,
			"A room too small for the interest: per session, the number of people interested beyond the room's capacity.");

	private final String title;

	private final ConflictLevel defaultLevel;

	private final boolean weighable;

	private final String description;

	ScheduleConstraint(String title, ConflictLevel defaultLevel, boolean weighable, String description) {
		this.title = title;
		this.defaultLevel = defaultLevel;
		this.weighable = weighable;
		this.description = description;
	}

	/** The constraint's name in Timefold and in reports. */
	public String title() {
		return title;
	}

	/**
	 * What it counts, in one sentence an organiser reads on the weights page (the table
	 * of issue 12, point 2).
	 */
	public String description() {
		return description;
	}

	public Weight defaultWeight() {
		return new Weight(defaultLevel, 1);
	}

	public boolean weighable() {
		return weighable;
	}

}
