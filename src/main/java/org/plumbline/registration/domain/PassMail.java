package org.plumbline.registration.domain;

import java.util.Map;

import org.plumbline.account.PublicUrl;
import org.plumbline.event.Event;
import org.plumbline.mail.MailOutbox;
import org.plumbline.mail.MailPurpose;
import org.plumbline.mail.MailTemplates;
import org.plumbline.mail.OutgoingMail;
import org.plumbline.registration.McPass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The mail that gives someone an MC's pass, queued in the transaction that assigned it:
 * the link to use it, and how to sign up first with the address it went to.
 */
@Component
public class PassMail {

	static final String ASSIGNED = "mc-pass-assigned";

	private final MailOutbox outbox;

	private final MailTemplates templates;

	private final PublicUrl publicUrl;

	PassMail(MailOutbox outbox, MailTemplates templates, PublicUrl publicUrl) {
		this.outbox = outbox;
		this.templates = templates;
		this.publicUrl = publicUrl;
	}

	public void assigned(Event event, McPass pass, String microconference, String lead) {
		Map<String, String> values = Map.of("event_name", event.name(), "microconference", microconference, "lead",
				lead, "link", publicUrl.of("/" + event.slug() + "/pass"), "signup", publicUrl.of("/signup"));
		outbox.enqueue(new OutgoingMail(event.id(), ASSIGNED, "mc-pass", Long.toString(pass.id()), pass.email(),
				templates.render(ASSIGNED, event.id(), values)));
	}

	@Configuration(proxyBeanMethods = false)
	static class Purposes {

		@Bean
		MailPurpose mcPassAssignedMail() {
			return new MailPurpose(ASSIGNED, "Sent when an MC's lead gives someone one of the MC's free passes", true,
					"A free pass to {{event_name}} from {{microconference}}", """
							Hello,

							{{lead}} gives you one of the free passes of {{microconference}}
							at {{event_name}}: it registers you even when the event is full.

							To use it, sign in with this address and open:
							{{link}}

							No account yet? Sign up with this address first:
							{{signup}}
							""",
					Map.of("event_name", "Linux Plumbers Conference 2023", "microconference", "Tracing MC", "lead",
							"Steven Rostedt", "link", "https://plumbline.example/lpc2023/pass", "signup",
							"https://plumbline.example/signup"));
		}

	}

}
