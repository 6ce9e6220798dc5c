package org.plumbline.cfp.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.plumbline.account.PublicUrl;
import org.plumbline.event.Event;
import org.plumbline.mail.MailOutbox;
import org.plumbline.mail.MailPurpose;
import org.plumbline.mail.MailTemplates;
import org.plumbline.mail.OutgoingMail;
import org.plumbline.mail.RenderedMail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The mail that invites a co-speaker: its purpose with the default text organisers may
 * edit, and how it is queued. Each message is about its invitation.
 */
@Component
public class CoSpeakerMail {

	static final String CO_SPEAKER_INVITATION = "co-speaker-invitation";

	private final MailOutbox outbox;

	private final MailTemplates templates;

	private final PublicUrl publicUrl;

	CoSpeakerMail(MailOutbox outbox, MailTemplates templates, PublicUrl publicUrl) {
		this.outbox = outbox;
		this.templates = templates;
		this.publicUrl = publicUrl;
	}

	/** Queues the invitation, in the caller's transaction. */
	public void invitation(Event event, long invitationId, String address, String topicTitle, String callName,
			String inviter, String token, Duration validity) {
		Map<String, String> values = Map.of("event_name", event.name(), "topic_title", topicTitle, "call_name",
				callName, "inviter", inviter, "link", publicUrl.of("/account/co-speaker-invitations/" + token),
				"valid_for", validity.toDays() + " days");
		RenderedMail mail = templates.render(CO_SPEAKER_INVITATION, event.id(), values);
		outbox.enqueue(new OutgoingMail(event.id(), CO_SPEAKER_INVITATION, "co-speaker-invitation",
				Long.toString(invitationId), address, mail));
	}

	@Configuration(proxyBeanMethods = false)
	static class Purposes {

		@Bean
		MailPurpose coSpeakerInvitationMail() {
			return new MailPurpose(CO_SPEAKER_INVITATION, "Sent when a speaker invites a co-speaker to a topic", true,
					"Co-speaker invitation: {{topic_title}}", """
							Hello,

							{{inviter}} invites you to speak with them on "{{topic_title}}",
							a topic for {{call_name}} at {{event_name}}.

							To accept or decline, open this link and sign in (or sign up with this
							address first, if you have no account):

							{{link}}

							The link works for {{valid_for}}.
							""",
					Map.of("event_name", "Linux Plumbers Conference 2023", "topic_title", "Page tables", "call_name",
							"Kernel MC", "inviter", "Jane Doe", "link",
							"https://plumbline.example/account/co-speaker-invitations/…", "valid_for", "14 days"),
					Set.of("link"));
		}

	}

}
