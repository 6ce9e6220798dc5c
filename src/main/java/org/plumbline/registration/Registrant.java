package org.plumbline.registration;

/**
 * A registration with the name and address of the account that holds it, for organisers'
 * lists.
 */
public record Registrant(Registration registration, String name, String email) {

}
