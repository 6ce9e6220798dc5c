package org.plumbline.schedule;

/**
 * An interval as an organiser's form sends it, as typed.
 *
 * @param who {@code person-<id>} or {@code room-<id>}
 * @param startsAt a date and time in the event's zone ("2027-05-03T10:00")
 * @param endsAt likewise
 * @param reason optional, a few words
 */
public record UnavailabilityInput(String who, String startsAt, String endsAt, String reason) {
}
