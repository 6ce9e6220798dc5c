package org.plumbline.review.web;

/** The conflict form, bound as text. */
record ConflictForm(String email, String personId, String reason) {

}
