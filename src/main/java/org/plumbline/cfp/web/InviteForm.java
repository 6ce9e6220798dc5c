package org.plumbline.cfp.web;

import org.plumbline.validation.FormErrors;

/** The co-speaker invitation form: the address typed, and what is wrong with it. */
public record InviteForm(String email, FormErrors errors) {

}
