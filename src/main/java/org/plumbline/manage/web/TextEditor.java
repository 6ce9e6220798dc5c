package org.plumbline.manage.web;

import org.plumbline.mail.MailPurpose;
import org.plumbline.mail.RenderedMail;
import org.plumbline.mail.StoredTemplate;
import org.plumbline.validation.FormErrors;

/**
 * What the mail text editor shows.
 *
 * @param scope whose text it is
 * @param purpose the mail the text is for, with the placeholders it offers
 * @param inForce the text in force now
 * @param form the text in the form: the one in force, or the one being edited
 * @param errors what is wrong with the form's text
 * @param preview the form's text filled in with the purpose's sample values, or null
 */
public record TextEditor(TextScope scope, MailPurpose purpose, StoredTemplate inForce, TemplateForm form,
		FormErrors errors, RenderedMail preview) {

}
