package org.plumbline.registration.web;

import java.util.List;
import java.util.Map;

import org.plumbline.event.Event;
import org.plumbline.question.Question;
import org.plumbline.registration.Registrations.OnSale;
import org.plumbline.validation.FormErrors;

/**
 * The registration form: the ticket types on sale without a code, a code field while a
 * type for code holders is on sale, the event's questions, and what was typed.
 *
 * @param answers the form's fields as typed, the answers among them by
 * {@link Question#field}
 */
public record RegisterPage(Event event, List<OnSale> types, boolean asksForCode, List<Question> questions,
		String ticket, String code, Map<String, String> answers, FormErrors errors) {

	public RegisterPage {
		types = List.copyOf(types);
		questions = List.copyOf(questions);
		answers = Map.copyOf(answers);
	}

	public boolean open() {
		return !types.isEmpty() || asksForCode;
	}

	/**
	 * A problem of a field the form no longer shows (the sale closed meanwhile, or a code
	 * was sent while no type for code holders is on sale), or {@code null}.
	 */
	public String errorWithoutItsField() {
		if (types.isEmpty() && errors.of("ticket") != null) {
			return errors.of("ticket");
		}
		return asksForCode ? null : errors.of("code");
	}

	public boolean chosen(OnSale sale) {
		return Long.toString(sale.type().id()).equals(ticket) || types.size() == 1;
	}

}
