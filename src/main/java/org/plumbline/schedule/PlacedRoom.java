package org.plumbline.schedule;

import java.util.Objects;

/**
 * A room as the checker needs it; its position orders parallel sessions in the words.
 *
 * @param capacity its seats, or {@code null} when unknown (no room-size check then)
 */
public record PlacedRoom(long id, String name, int position, Integer capacity) {

	public PlacedRoom {
		Objects.requireNonNull(name, "name");
	}

	/** A room whose seats do not matter to the caller. */
	public PlacedRoom(long id, String name, int position) {
		this(id, name, position, null);
	}

}
