package org.plumbline.registration.domain;

import static org.plumbline.registration.domain.RegistrationMail.samples;

import org.plumbline.mail.MailPurpose;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mail of the waiting list's offers, sent through {@link RegistrationMail#send}: a
 * place offered, its offer ending within a day, and an offer that ended unanswered.
 */
@Configuration(proxyBeanMethods = false)
public class OfferMailPurposes {

	public static final String OFFER_MADE = "registration-offer";

	public static final String OFFER_ENDING = "registration-offer-ending";

	public static final String OFFER_EXPIRED = "registration-offer-expired";

	@Bean
	MailPurpose registrationOfferMail() {
		return new MailPurpose(OFFER_MADE, "Sent when a freed place is offered to the first in the waiting line", true,
				"A place at {{event_name}} is yours to take until {{until}}", """
						Hello {{name}},

						a {{ticket_type}} place at {{event_name}} has freed, and you are first
						in line: we hold it for you until {{until}}.

						To take it, or to let it go to the next in line, open your registration:
						{{link}}

						Unanswered by then, the offer ends and the place goes to the next in line.
						Your reference is {{reference}}.
						""", samples("until", "Friday, 2023-06-16 12:00 America/New_York"));
	}

	@Bean
	MailPurpose registrationOfferEndingMail() {
		return new MailPurpose(OFFER_ENDING, "Sent once when an offered place's offer ends within 24 hours", true,
				"Your place at {{event_name}} is held only until {{until}}", """
						Hello {{name}},

						the {{ticket_type}} place we hold for you at {{event_name}} goes to the
						next in line at {{until}} unless you take it:
						{{link}}
						""", samples("until", "Friday, 2023-06-16 12:00 America/New_York"));
	}

	@Bean
	MailPurpose registrationOfferExpiredMail() {
		return new MailPurpose(OFFER_EXPIRED, "Sent when an offered place was not taken in time", true,
				"Your offer for {{event_name}} ended", """
						Hello {{name}},

						the {{ticket_type}} place we held for you at {{event_name}} was not
						taken by {{until}}, so it went to the next in line, and your
						registration {{reference}} has left the waiting list.

						You may register again while the sale is open:
						{{link}}
						""", samples("until", "Friday, 2023-06-16 12:00 America/New_York"));
	}

}
