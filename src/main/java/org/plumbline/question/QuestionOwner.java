package org.plumbline.question;

/**
 * Whose questions a {@link QuestionStore} reads and writes: the column of the question
 * table that names the owner (a call's MC or plain track, a registration form's event),
 * and its value.
 *
 * @param column a column name of the owner's table, never user input
 */
public record QuestionOwner(long eventId, String column, long id) {

}
