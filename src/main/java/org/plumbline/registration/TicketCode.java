package org.plumbline.registration;

/**
 * A code that lets its holder buy a ticket type for code holders; unique in its event.
 */
public record TicketCode(long id, String code) {

}
