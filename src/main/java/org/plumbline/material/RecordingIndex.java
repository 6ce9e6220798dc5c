package org.plumbline.material;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The recordings of one event, read once for a page or an export.
 *
 * @param sessionUrls each recorded session's video, by the session's GUID
 * @param offsets each talk's start in a session's video, in seconds, by the session's
 * GUID and then the talk's topic id
 */
public record RecordingIndex(Map<UUID, String> sessionUrls, Map<UUID, Map<Long, Integer>> offsets) {

	static final String SESSION_TITLE = "Recording of the session";

	static final String TALK_TITLE = "Recording, from this talk's start";

	public RecordingIndex {
		sessionUrls = Map.copyOf(sessionUrls);
		offsets = Map.copyOf(offsets);
	}

	/** A session's recording, from its beginning. */
	public Optional<RecordingLink> ofSession(UUID sessionGuid) {
		return Optional.ofNullable(sessionUrls.get(sessionGuid))
			.map(url -> new RecordingLink(url, SESSION_TITLE, null));
	}

	/**
	 * A talk's part of its session's recording: from its offset, or the session's whole
	 * recording while the leads have not given one.
	 */
	public Optional<RecordingLink> ofTalk(UUID sessionGuid, long topicId) {
		Integer offset = offsets.getOrDefault(sessionGuid, Map.of()).get(topicId);
		return Optional.ofNullable(sessionUrls.get(sessionGuid))
			.map(url -> offset == null ? new RecordingLink(url, SESSION_TITLE, null)
					: new RecordingLink(url, TALK_TITLE, offset));
	}

}
