package org.plumbline.material;

import java.util.UUID;

/**
 * A talk whose materials an account may manage: an accepted or confirmed topic of the
 * event.
 *
 * @param microconferenceId its MC, or {@code null} for a plain track's talk
 */
public record MaterialTalk(long eventId, long topicId, UUID guid, String title, Long microconferenceId) {

}
