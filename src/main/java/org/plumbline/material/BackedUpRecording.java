package org.plumbline.material;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A session's recording as a backup of its event holds it.
 *
 * @param url the video's address, empty once it was removed (the row stays, so that its
 * version never starts again)
 * @param offsets the second each of the session's talks starts at in the video, by the
 * talk's topic id
 */
public record BackedUpRecording(UUID sessionGuid, String url, Instant updatedAt, Map<Long, Integer> offsets) {

	public BackedUpRecording {
		offsets = Map.copyOf(offsets);
	}

}
