package org.plumbline.schedule.solver;

import org.plumbline.schedule.ConflictLevel;

/**
 * Every constraint the solver counts, with its default level. The levels follow DOMAIN.md
 * ("Conflict levels"): a person needed in two places as presenter or chair, and declared
 * (room) unavailability, are hard; a key attendee needed in two places is medium;
 * attendees' clashes, rooms too small and preferences are soft. Where one person holds
 * two roles the clash takes the lower level, which is why a chair who is a key attendee
 * elsewhere counts as a key attendee clash, not a chair clash. The first two keep the
 * timetable physically possible and cannot be weighted.
 */
public enum ScheduleConstraint {

	ROOM_DOUBLE_BOOKED("Room double-booked", ConflictLevel.HARD, false),
	SESSION_MIXES_TRACKS("Session mixes tracks", ConflictLevel.HARD, false),
	TRACK_BLOCK("Track block preference", ConflictLevel.SOFT, true),
	TRACK_ROOM("Track room preference", ConflictLevel.SOFT, true),
	ROOM_UNAVAILABLE("Room unavailable", ConflictLevel.HARD, true),
	TALK_BLOCK("Talk block preference", ConflictLevel.SOFT, true),
	TALK_ROOM("Talk room preference", ConflictLevel.SOFT, true),
	SIMILAR_TRACKS_IN_PARALLEL("Similar tracks in parallel", ConflictLevel.SOFT, true),
	TRACK_IN_SEVERAL_ROOMS("Track in several rooms", ConflictLevel.SOFT, true),
	TRACK_IN_TWO_ROOMS_AT_ONCE("Track in two rooms at once", ConflictLevel.SOFT, true),
	TRACK_BLOCKS_NOT_CONSECUTIVE("Track blocks not consecutive", ConflictLevel.SOFT, true),
	TALK_ORDER("Talk order", ConflictLevel.SOFT, true),
	PRESENTER_LOCAL_TIME("Presenter local time", ConflictLevel.SOFT, true),
	PRESENTER_CLASH("Presenter clash", ConflictLevel.HARD, true),
	ATTENDEE_CLASH("Attendee clash", ConflictLevel.SOFT, true), CHAIR_CLASH("Chair clash", ConflictLevel.HARD, true),
	KEY_ATTENDEE_CLASH("Key attendee clash", ConflictLevel.MEDIUM, true),
	ROOM_CAPACITY("Room capacity", ConflictLevel.SOFT, true);

	private final String title;

	private final ConflictLevel defaultLevel;

	private final boolean weighable;

	ScheduleConstraint(String title, ConflictLevel defaultLevel, boolean weighable) {
		this.title = title;
		this.defaultLevel = defaultLevel;
		this.weighable = weighable;
	}

	/** The constraint's name in Timefold and in reports. */
	public String title() {
		return title;
	}

	public Weight defaultWeight() {
		return new Weight(defaultLevel, 1);
	}

	public boolean weighable() {
		return weighable;
	}

}
