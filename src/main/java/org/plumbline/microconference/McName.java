package org.plumbline.microconference;

/**
 * An MC as a list names it: for pages that name many MCs and show none of their text, so
 * that an event with thousands of MCs reads one row each and none of their lists.
 */
public record McName(long id, String slug, String title, McStatus status) {

}
