package org.plumbline.schedule;

import java.util.UUID;

/**
 * A lead or speaker of a scheduled session or talk, under the name written in its list.
 */
public record ScheduledPerson(long personId, UUID guid, String nameAsWritten) {
}
