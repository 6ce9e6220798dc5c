package org.plumbline.schedule;

/** The rule a conflict breaks; each will get its own per-event policy. */
public enum ConflictRule {

	PERSON_IN_TWO_PLACES, ROOM_USED_TWICE, OUTSIDE_THE_EVENT

}
