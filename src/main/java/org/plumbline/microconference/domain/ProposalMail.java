package org.plumbline.microconference.domain;

import java.util.Map;
import java.util.Set;

import org.plumbline.event.Event;
import org.plumbline.mail.MailOutbox;
import org.plumbline.mail.MailPurpose;
import org.plumbline.mail.MailTemplates;
import org.plumbline.mail.OutgoingMail;
import org.plumbline.microconference.McStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The mail of the Call for Microconferences: its purposes, with their default texts that
 * organisers may edit, and how each is queued. Every message is about its proposal
 * (subject {@code mc-proposal}, its id), so that a second one of a purpose to the same
 * address replaces an unsent first (DOMAIN.md, L4).
 */
@Component
public class ProposalMail {

	static final String RECEIVED = "mc-proposal-received";

	static final String CO_LEAD_INVITATION = "mc-co-lead-invitation";

	static final String ACCEPTED = "mc-proposal-accepted";

	static final String REJECTED = "mc-proposal-rejected";

	private static final String SUBJECT_TYPE = "mc-proposal";

	private final MailOutbox outbox;

	private final MailTemplates templates;

	ProposalMail(MailOutbox outbox, MailTemplates templates) {
		this.outbox = outbox;
		this.templates = templates;
	}

	public void received(Event event, long proposalId, String title, String name, String email, String link,
			String deadline) {
		queue(RECEIVED, event, proposalId, email,
				Map.of("name", name, "event_name", event.name(), "title", title, "link", link, "deadline", deadline));
	}

	public void coLeadInvitation(Event event, long proposalId, String title, String inviter, String email, String link,
			String validFor) {
		queue(CO_LEAD_INVITATION, event, proposalId, email, Map.of("event_name", event.name(), "title", title,
				"inviter", inviter, "link", link, "valid_for", validFor));
	}

	public void decision(Event event, long proposalId, McStatus outcome, String title, String name, String email,
			String link) {
		queue(outcome == McStatus.ACCEPTED ? ACCEPTED : REJECTED, event, proposalId, email,
				Map.of("name", name, "event_name", event.name(), "title", title, "link", link));
	}

	private void queue(String purpose, Event event, long proposalId, String recipient, Map<String, String> values) {
		outbox.enqueue(new OutgoingMail(event.id(), purpose, SUBJECT_TYPE, Long.toString(proposalId), recipient,
				templates.render(purpose, event.id(), values)));
	}

	@Configuration(proxyBeanMethods = false)
	static class Purposes {

		@Bean
		MailPurpose mcProposalReceivedMail() {
			return new MailPurpose(RECEIVED, "Sent to the proposer when an MC proposal is submitted", true,
					"Your proposal: {{title}}", """
							Hello {{name}},

							thank you for proposing the microconference "{{title}}" to {{event_name}}.
							The organisers will review it after the call closes on {{deadline}}; until
							then you can edit it, invite co-leads or withdraw it here:

							{{link}}
							""",
					Map.of("name", "Jane Doe", "event_name", "Linux Plumbers Conference 2023", "title", "Tracing",
							"link", "https://plumbline.example/account/proposals/42", "deadline",
							"2023-06-30 23:59 America/New_York"));
		}

		@Bean
		MailPurpose mcCoLeadInvitationMail() {
			return new MailPurpose(CO_LEAD_INVITATION,
					"Sent when a proposer invites a co-lead to an MC proposal; its link accepts or declines", true,
					"Co-lead \"{{title}}\" at {{event_name}}?", """
							Hello,

							{{inviter}} proposes the microconference "{{title}}" to {{event_name}} and
							invites you to lead it with them.

							To accept or decline, open this link and sign in (or sign up, if you have no
							account yet):

							{{link}}

							The link works for {{valid_for}}.
							""",
					Map.of("event_name", "Linux Plumbers Conference 2023", "title", "Tracing", "inviter", "Jane Doe",
							"link", "https://plumbline.example/proposals/invitations/…", "valid_for", "14 days"),
					Set.of("link"));
		}

		@Bean
		MailPurpose mcProposalAcceptedMail() {
			return new MailPurpose(ACCEPTED, "Sent to each lead when the acceptance of an MC proposal is announced",
					true, "Accepted: {{title}}", """
							Hello {{name}},

							the microconference "{{title}}" is accepted at {{event_name}}, and you are one
							of its leads. Its page, which you can now edit, and its call for topics:

							{{link}}
							""", Map.of("name", "Jane Doe", "event_name", "Linux Plumbers Conference 2023", "title",
							"Tracing", "link", "https://plumbline.example/lpc2023/microconferences/tracing"));
		}

		@Bean
		MailPurpose mcProposalRejectedMail() {
			return new MailPurpose(REJECTED,
					"Sent to each lead-to-be when the rejection of an MC proposal is announced", true,
					"Not accepted: {{title}}", """
							Hello {{name}},

							we are sorry: the microconference "{{title}}" was not accepted at {{event_name}}.
							Thank you for proposing it. Your proposal stays here:

							{{link}}
							""", Map.of("name", "Jane Doe", "event_name", "Linux Plumbers Conference 2023", "title",
							"Tracing", "link", "https://plumbline.example/account/proposals/42"));
		}

	}

}
