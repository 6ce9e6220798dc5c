package org.plumbline.schedule;

/**
 * Whom an interval of unavailability may name, as the organisers' form offers it.
 *
 * @param value the form's value: {@code person-<id>} or {@code room-<id>}
 */
public record Unavailable(String value, String name) {

	static Unavailable person(long personId, String name) {
		return new Unavailable("person-" + personId, name);
	}

	static Unavailable room(long roomId, String name) {
		return new Unavailable("room-" + roomId, name);
	}

}
