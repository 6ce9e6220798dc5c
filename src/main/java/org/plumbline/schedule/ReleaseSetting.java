package org.plumbline.schedule;

/**
 * Whether the event's releases keep accepted talks whose speakers have not confirmed yet
 * (DOMAIN.md: "only confirmed ones, and accepted ones where the event allows it"; off
 * unless an organiser turns it on), with the version of the stored setting (0 while it
 * has its default), which a form sends back.
 */
public record ReleaseSetting(boolean acceptedTalks, int version) {
}
