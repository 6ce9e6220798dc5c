package org.plumbline.review;

/** A person who speaks on one of an event's topics, as a conflict may name them. */
public record Speaker(long personId, String name) {

}
