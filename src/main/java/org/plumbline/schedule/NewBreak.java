package org.plumbline.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A break to add to the draft, in the event's local time.
 *
 * @param roomId the one room it is in, or {@code null} for every room
 */
public record NewBreak(String title, LocalDate day, LocalTime startsAt, LocalTime endsAt, Long roomId) {
}
