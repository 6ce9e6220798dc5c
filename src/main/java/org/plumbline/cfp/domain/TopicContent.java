package org.plumbline.cfp.domain;

/** A topic's text as checked and stored; {@code null} for what a draft leaves out. */
public record TopicContent(String title, String abstractText, Integer durationMinutes, String notes) {

}
