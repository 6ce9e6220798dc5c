package org.plumbline.schedule;

/**
 * Where a scheduler's proposal puts a session: a session of the draft moved to a room,
 * time block and part, or, with no session, an accepted MC placed there.
 *
 * @param sessionId the draft's session to move, or {@code null} to place the MC
 * @param microconferenceId the MC placed when there is no session, else its MC or
 * {@code null}
 */
public record ProposedPlacement(Long sessionId, Long microconferenceId, long roomId, long timeBlockId, BlockPart part) {
}
