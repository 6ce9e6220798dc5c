package org.plumbline.registration.web;

import org.plumbline.event.Event;
import org.plumbline.registration.TicketType;
import org.plumbline.validation.FormErrors;

/**
 * One ticket type's page: the form that changes it, as typed or as stored, its codes with
 * the form that adds one, and the button that deletes it.
 *
 * @param version the version its forms carry: the one a refused form saw, so that saving
 * it again cannot overwrite a change made meanwhile, else the stored one
 * @param code the code typed into the add form, after a refusal
 */
public record TicketTypePage(Event event, TicketType type, TicketTypeForm form, int version, String code,
		FormErrors errors) {

	public String base() {
		return "/manage/" + event.slug() + "/registration/tickets/" + type.id();
	}

}
