package org.plumbline.schedule;

import java.util.Objects;

/** A room as the checker needs it; its position orders parallel sessions in the words. */
public record PlacedRoom(long id, String name, int position) {

	public PlacedRoom {
		Objects.requireNonNull(name, "name");
	}

}
