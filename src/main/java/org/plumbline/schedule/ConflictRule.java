package org.plumbline.schedule;

/**
 * The rule a conflict breaks. Its per-event policy is set per rule and level
 * ({@link ConflictKind}), since a rule such as a person in two places is hard for a lead
 * and medium for a key attendee.
 */
public enum ConflictRule {

	PERSON_IN_TWO_PLACES, ROOM_USED_TWICE, OUTSIDE_THE_EVENT, UNAVAILABLE, ROOM_TOO_SMALL

}
