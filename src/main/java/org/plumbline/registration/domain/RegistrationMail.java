package org.plumbline.registration.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.plumbline.account.AccountContact;
import org.plumbline.account.AccountPersons;
import org.plumbline.account.PublicUrl;
import org.plumbline.event.Event;
import org.plumbline.mail.MailOutbox;
import org.plumbline.mail.MailPurpose;
import org.plumbline.mail.MailTemplates;
import org.plumbline.mail.OutgoingMail;
import org.plumbline.registration.Registration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The mail that tells an attendee where their registration stands, queued in the
 * transaction that changed it: each purpose with the default text organisers may edit.
 * Every message is about its registration.
 */
@Component
public class RegistrationMail {

	public static final String CONFIRMED = "registration-confirmed";

	public static final String AWAITING_PAYMENT = "registration-awaiting-payment";

	public static final String WAITING = "registration-waiting";

	public static final String CANCELLED = "registration-cancelled";

	public static final String PAID = "registration-paid";

	public static final String EXPIRED = "registration-expired";

	private static final String SAMPLE_EVENT = "Linux Plumbers Conference 2023";

	private final MailOutbox outbox;

	private final MailTemplates templates;

	private final PublicUrl publicUrl;

	private final AccountPersons accounts;

	RegistrationMail(MailOutbox outbox, MailTemplates templates, PublicUrl publicUrl, AccountPersons accounts) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.templates = templates;
		this.publicUrl = publicUrl;
	}

	/**
	 * Queues one message about a registration to its account's address, in the caller's
	 * transaction.
	 * @param more the purpose's placeholders but those every message has: {@code name}
	 * (the account's as it is now), {@code event_name}, {@code ticket_type},
	 * {@code reference} and {@code link}
	 */
	public void send(String purpose, Event event, Registration registration, Map<String, String> more) {
		AccountContact contact = accounts.contact(registration.accountId()).orElseThrow();
		Map<String, String> all = new LinkedHashMap<>(more);
		all.put("name", contact.displayName());
		all.put("event_name", event.name());
		all.put("ticket_type", registration.ticketTypeName());
		all.put("reference", registration.reference());
		all.put("link", publicUrl.of("/" + event.slug() + "/registration"));
		outbox.enqueue(new OutgoingMail(event.id(), purpose, "registration", Long.toString(registration.id()),
				contact.email(), templates.render(purpose, event.id(), all)));
	}

	static Map<String, String> samples(String... more) {
		Map<String, String> samples = new LinkedHashMap<>();
		samples.put("event_name", SAMPLE_EVENT);
		samples.put("name", "Jane Doe");
		samples.put("ticket_type", "In-person");
		samples.put("reference", "7K2Q-M9XA");
		samples.put("link", "https://plumbline.example/lpc2023/registration");
		for (int i = 0; i < more.length; i += 2) {
			samples.put(more[i], more[i + 1]);
		}
		return samples;
	}

	@Configuration(proxyBeanMethods = false)
	static class Purposes {

		@Bean
		MailPurpose registrationConfirmedMail() {
			return new MailPurpose(CONFIRMED, "Sent when a registration is complete: free, or paid", true,
					"Registered for {{event_name}}: {{reference}}", """
							Hello {{name}},

							you are registered for {{event_name}} with a {{ticket_type}} ticket.
							Your reference is {{reference}}.

							Your registration, and how to cancel it:
							{{link}}
							""", samples());
		}

		@Bean
		MailPurpose registrationAwaitingPaymentMail() {
			return new MailPurpose(AWAITING_PAYMENT, "Sent when a paid ticket is registered and waits for payment",
					true, "Your place at {{event_name}} awaits payment: {{reference}}", """
							Hello {{name}},

							we hold a {{ticket_type}} place at {{event_name}} for you.
							Please transfer {{amount}} by {{due}}, quoting your reference
							{{reference}}:

							{{bank_details}}

							Unpaid by then, the registration expires and its place goes to
							someone else. Your registration:
							{{link}}
							""", samples("amount", "650.00 USD", "due", "Friday, 2023-06-16 23:59 (America/New_York)",
							"bank_details", "Linux Foundation, IBAN XX00 0000 0000 0000"));
		}

		@Bean
		MailPurpose registrationWaitingMail() {
			return new MailPurpose(WAITING, "Sent when a registration joins a full ticket type's waiting list", true,
					"On the waiting list of {{event_name}}: {{reference}}", """
							Hello {{name}},

							the {{ticket_type}} tickets of {{event_name}} are sold out, so you are
							on the waiting list, number {{position}} in line now. When a place frees
							and you are first, we offer it to you by mail.

							Your reference is {{reference}}. Your place in line:
							{{link}}
							""", samples("position", "2"));
		}

		@Bean
		MailPurpose registrationCancelledMail() {
			return new MailPurpose(CANCELLED, "Sent when an attendee cancels their registration", true,
					"Registration cancelled: {{event_name}} ({{reference}})", """
							Hello {{name}},

							your {{ticket_type}} registration {{reference}} for {{event_name}}
							is cancelled, and its place is free for someone else.

							You may register again while the sale is open:
							{{link}}
							""", samples());
		}

		@Bean
		MailPurpose registrationPaidMail() {
			return new MailPurpose(PAID, "Sent when organisers record the payment of a registration", true,
					"Payment received: {{event_name}} ({{reference}})", """
							Hello {{name}},

							we received {{amount}} for your {{ticket_type}} registration
							{{reference}}: you are registered for {{event_name}}.

							Your registration:
							{{link}}
							""", samples("amount", "650.00 USD"));
		}

		@Bean
		MailPurpose registrationExpiredMail() {
			return new MailPurpose(EXPIRED, "Sent when a registration expires unpaid and its place is freed", true,
					"Registration expired unpaid: {{event_name}} ({{reference}})", """
							Hello {{name}},

							your {{ticket_type}} registration {{reference}} for {{event_name}}
							was to be paid by {{due}}. No payment reached us, so it has
							expired and its place goes to someone else.

							If you paid, please write to the organisers with your reference.
							You may register again while the sale is open:
							{{link}}
							""", samples("due", "Friday, 2023-06-16 23:59 (America/New_York)"));
		}

	}

}
