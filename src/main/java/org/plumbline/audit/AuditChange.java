package org.plumbline.audit;

/**
 * One field whose value differs between the object before and after an action, as an
 * organiser's page shows it: "title: 'A' -> 'B'".
 *
 * @param field the field's name; a field of a nested object is named by its path, such as
 * {@code room.capacity}
 * @param oldValue the value before, as text (a list as JSON, such as
 * {@code ["Jane","John"]}), or {@code null} if the field was absent or null (it was
 * added)
 * @param newValue the value after, as text, or {@code null} if the field is now absent or
 * null (it was removed)
 */
public record AuditChange(String field, String oldValue, String newValue) {

}
