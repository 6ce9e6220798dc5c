package org.plumbline.account.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.plumbline.account.EventRole;
import org.plumbline.account.PublicUrl;
import org.plumbline.account.RoleScope;
import org.plumbline.event.Event;
import org.plumbline.mail.MailOutbox;
import org.plumbline.mail.MailPurpose;
import org.plumbline.mail.MailTemplates;
import org.plumbline.mail.OutgoingMail;
import org.plumbline.mail.RenderedMail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The mail about an account: its purposes, with their default texts, and how each is
 * queued. Every message is about the account (subject {@code account}, its id), so a
 * second request replaces a first one not yet sent (DOMAIN.md, L4).
 */
@Component
public class AccountMail {

	static final String VERIFICATION = "account-verification";

	static final String ALREADY_REGISTERED = "account-already-registered";

	static final String PASSWORD_RESET = "password-reset";

	static final String ROLE_INVITATION = "role-invitation";

	static final String ROLE_GRANTED = "role-granted";

	private final MailOutbox outbox;

	private final MailTemplates templates;

	private final PublicUrl publicUrl;

	AccountMail(MailOutbox outbox, MailTemplates templates, PublicUrl publicUrl) {
		this.outbox = outbox;
		this.templates = templates;
		this.publicUrl = publicUrl;
	}

	void verification(AccountRow account, String name, String token, Duration validity) {
		queue(VERIFICATION, account,
				Map.of("name", name, "link", link("/account/verify", token), "valid_for", inWords(validity)));
	}

	void alreadyRegistered(AccountRow account) {
		queue(ALREADY_REGISTERED, account, Map.of("name", account.displayName(), "sign_in_link", publicUrl.of("/login"),
				"reset_link", publicUrl.of("/account/reset")));
	}

	void passwordReset(AccountRow account, String token, Duration validity) {
		queue(PASSWORD_RESET, account, Map.of("name", account.displayName(), "link", link("/account/reset/new", token),
				"valid_for", inWords(validity)));
	}

	public void roleInvitation(Event event, String address, RoleScope scope, String inviter, String token,
			Duration validity) {
		Map<String, String> values = Map.of("event_name", event.name(), "role", scope.inWords(), "inviter", inviter,
				"link", link("/invitation", token), "valid_for", inWords(validity));
		queue(ROLE_INVITATION, event.id(), "role-invitation", roleSubject(event, scope), address, values);
	}

	public void roleGranted(Event event, AccountRow holder, RoleScope scope) {
		Map<String, String> values = Map.of("name", holder.displayName(), "event_name", event.name(), "role",
				scope.inWords(), "link", publicUrl.of(scope.role() == EventRole.ORGANISER
						? "/manage/" + event.slug() + "/team" : "/" + event.slug() + "/"));
		queue(ROLE_GRANTED, event.id(), "role", roleSubject(event, scope), holder.email(), values);
	}

	private void queue(String purpose, AccountRow account, Map<String, String> values) {
		queue(purpose, null, "account", Long.toString(account.id()), account.email(), values);
	}

	private void queue(String purpose, Long eventId, String subjectType, String subjectId, String recipient,
			Map<String, String> values) {
		RenderedMail mail = templates.render(purpose, eventId, values);
		outbox.enqueue(new OutgoingMail(eventId, purpose, subjectType, subjectId, recipient, mail));
	}

	/**
	 * One draft per event, role and scope: a second invitation to the same role replaces
	 * an unsent first.
	 */
	private static String roleSubject(Event event, RoleScope scope) {
		return event.id() + ":" + scope.key();
	}

	private String link(String path, String token) {
		return UriComponentsBuilder.fromUriString(publicUrl.of(path)).queryParam("token", token).toUriString();
	}

	static String inWords(Duration validity) {
		if (validity.toMinutes() < 120) {
			return validity.toMinutes() + " minutes";
		}
		if (validity.toHours() < 48) {
			return validity.toHours() + " hours";
		}
		return validity.toDays() + " days";
	}

	@Configuration(proxyBeanMethods = false)
	static class Purposes {

		/**
		 * The placeholder of a link whose token opens the account or the role: the outbox
		 * pages, which organisers read, withhold it.
		 */
		private static final Set<String> ONE_TIME_LINK = Set.of("link");

		@Bean
		MailPurpose roleInvitationMail() {
			return new MailPurpose(ROLE_INVITATION,
					"Sent when an organiser gives a role to an address that has no account yet", true,
					"Invitation: {{event_name}}", """
							Hello,

							{{inviter}} invites you to be {{role}} of {{event_name}}.

							To accept, open this link, sign up (or sign in, if you have an account) and
							press "Accept":

							{{link}}

							The link works for {{valid_for}}.
							""",
					Map.of("event_name", "Linux Plumbers Conference 2023", "role",
							"a reviewer of the Tracing microconference", "inviter", "Jane Doe", "link",
							"https://plumbline.example/invitation?token=…", "valid_for", "14 days"),
					ONE_TIME_LINK);
		}

		@Bean
		MailPurpose roleGrantedMail() {
			return new MailPurpose(ROLE_GRANTED, "Sent when an organiser gives a role to an existing account", true,
					"You are now {{role}} of {{event_name}}", """
							Hello {{name}},

							you are now {{role}} of {{event_name}}:

							{{link}}
							""", Map.of("name", "Jane Doe", "event_name", "Linux Plumbers Conference 2023", "role",
							"an organiser of the event", "link", "https://plumbline.example/manage/lpc2023/team"));
		}

		@Bean
		MailPurpose accountVerificationMail() {
			return new MailPurpose(VERIFICATION, "Sent after sign-up: the link that verifies the address", false,
					"Confirm your email address", """
							Hello {{name}},

							please confirm that this is your address: open this link and enter the
							password you chose when you signed up.

							{{link}}

							The link works for {{valid_for}}. If you did not sign up, ignore this mail:
							no account is opened without it.
							""", Map.of("name", "Jane Doe", "link", "https://plumbline.example/account/verify?token=…",
							"valid_for", "24 hours"),
					ONE_TIME_LINK);
		}

		@Bean
		MailPurpose accountAlreadyRegisteredMail() {
			return new MailPurpose(ALREADY_REGISTERED,
					"Sent when someone signs up with an address that already has an account", false,
					"You already have an account", """
							Hello {{name}},

							someone, probably you, tried to sign up with this address, which already has an
							account. Sign in here:

							{{sign_in_link}}

							If you forgot your password, set a new one here:

							{{reset_link}}

							If it was not you, ignore this mail; nothing has changed.
							""", Map.of("name", "Jane Doe", "sign_in_link", "https://plumbline.example/login",
							"reset_link", "https://plumbline.example/account/reset"));
		}

		@Bean
		MailPurpose passwordResetMail() {
			return new MailPurpose(PASSWORD_RESET, "Sent on request: the link that sets a new password", false,
					"Set a new password", """
							Hello {{name}},

							to set a new password, open this link:

							{{link}}

							The link works once, for {{valid_for}}. If you did not ask for it, ignore this
							mail: your password stays as it is.
							""", Map.of("name", "Jane Doe", "link",
							"https://plumbline.example/account/reset/new?token=…", "valid_for", "60 minutes"),
					ONE_TIME_LINK);
		}

	}

}
