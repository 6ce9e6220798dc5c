package org.plumbline.event;

/**
 * Published by {@link EventSetup#delete} inside its transaction, before the event's row
 * goes; its listeners are synchronous ({@code @EventListener}), since their work must be
 * done before that row goes. The database refuses to delete a room, MC, plain track or
 * topic that a timetable still uses (released versions are history, V23), so the schedule
 * deletes the event's timetables here first, on purpose; everything else of the event
 * still goes by cascade. A listener that fails rolls the whole deletion back.
 *
 * @param eventId the event about to be deleted
 */
public record EventDeletion(long eventId) {
}
