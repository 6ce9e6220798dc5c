package org.plumbline.schedule;

import org.plumbline.schedule.solver.ScheduleConstraint;

/**
 * What each constraint reads of an event, in one short phrase for the weights page: what
 * {@link EventProblems} and {@link EventPenalties} fill when they read the draft as the
 * scheduler's problem. Three constraints have no input an event can enter (their tables
 * and fields stay empty), though their weights still go into the exported instance file,
 * where someone may fill them in by hand.
 */
public final class EventConstraintInputs {

	public static final String NOT_USED = "Not used by this event's problem: only instance files set it.";

	private static final String MOVES = " (" + EventPenalties.MOVED + " per slot), so a proposal moves only what it "
			+ "must; 0 lets a proposal reshuffle the draft, hard forbids any move.";

	private EventConstraintInputs() {
	}

	/** What it reads of this event ("On this event: …"), or {@link #NOT_USED}. */
	public static String words(ScheduleConstraint constraint) {
		String read = switch (constraint) {
			case ROOM_DOUBLE_BOOKED -> "two of the draft's sessions in one room at the same time.";
			case SESSION_MIXES_TRACKS ->
				"sessions of two MCs or tracks in one room and block, even one before and one after its break.";
			case TRACK_BLOCK -> "each MC's leads' preferred times; a block they avoid costs " + EventPenalties.AVOIDED
					+ ", and when they marked some preferred, any other costs " + EventPenalties.NOT_PREFERRED + ".";
			case ROOM_UNAVAILABLE ->
				"rooms' declared unavailability; 1 per session in a room during a block the room is closed for any part of.";
			case PERSON_UNAVAILABLE -> "the declared unavailability of MC leads and of the speakers of the talks each "
					+ "session holds or its MC has still to place.";
			case KEY_ATTENDEE_UNAVAILABLE -> "the declared unavailability of each MC's key attendees.";
			case TALK_BLOCK ->
				"each session is a talk, and this is the cost of moving it from its block in the draft" + MOVES;
			case TALK_ROOM ->
				"each session is a talk, and this is the cost of moving it from its room in the draft" + MOVES;
			case TRACK_IN_SEVERAL_ROOMS -> "the rooms of each MC's or plain track's sessions.";
			case TRACK_IN_TWO_ROOMS_AT_ONCE -> "an MC or plain track with sessions in two rooms in one block.";
			case TRACK_BLOCKS_NOT_CONSECUTIVE -> "an MC or plain track whose sessions' blocks have a gap between them.";
			case PRESENTER_CLASH -> "the speakers of the talks each session holds or its MC has still to place, "
					+ "against other sessions and MC leads.";
			case ATTENDEE_CLASH -> "whoever marked an MC interesting on the public pages, as attending its sessions.";
			case CHAIR_CLASH -> "each MC's leads, needed for the whole of its sessions.";
			case KEY_ATTENDEE_CLASH -> "each MC's key attendees (one who also leads the MC counts as a lead).";
			case SIMILAR_TRACKS_IN_PARALLEL ->
				"two MCs are as similar as the number of people who marked both interesting, so two in the "
						+ "same block cost one for each of them, even in different halves of it.";
			case ROOM_CAPACITY -> "how many marked an MC interesting (for a plain track's session, its most marked "
					+ "talk), against the room's seats.";
			case TRACK_ROOM, TALK_ORDER, PRESENTER_LOCAL_TIME -> null;
		};
		return read == null ? NOT_USED : "On this event: " + read;
	}

}
