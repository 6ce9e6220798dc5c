package org.plumbline.cfp.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.PublicUrl;
import org.plumbline.cfp.Topic;
import org.plumbline.cfp.TopicState;
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
 * The mail to a topic's speakers about its decision, and the reminder to confirm. Each
 * outcome has its own editable text, but all three are queued as one kind of mail
 * ({@value #DECISION}) about the topic, so that a decision mail not yet sent is replaced
 * by the next one for the same topic and speaker whatever the outcomes (DOMAIN.md, L4;
 * pretalx #1402 sent both an acceptance and a rejection).
 */
@Component
public class DecisionMail {

	/** The outbox's purpose of every decision mail: the key of its draft. */
	static final String DECISION = "topic-decision";

	static final String ACCEPTED = "topic-accepted";

	static final String REJECTED = "topic-rejected";

	static final String WAITLISTED = "topic-waitlisted";

	static final String REMINDER = "topic-confirmation-reminder";

	/** The path of the page that a mailed link opens to confirm or decline. */
	public static final String ANSWER_PATH = "/account/topics/answer";

	private final MailOutbox outbox;

	private final MailTemplates templates;

	private final PublicUrl publicUrl;

	private final AccountPersons accounts;

	DecisionMail(MailOutbox outbox, MailTemplates templates, PublicUrl publicUrl, AccountPersons accounts) {
		this.outbox = outbox;
		this.templates = templates;
		this.publicUrl = publicUrl;
		this.accounts = accounts;
	}

	/**
	 * Queues a speaker's decision mail; an acceptance carries the link to confirm or
	 * decline. Nothing is queued for a speaker without a verified account.
	 * @param token the secret of the link, for an acceptance; else {@code null}
	 * @return whether a mail was queued
	 */
	public boolean decision(Event event, Topic topic, Topic.Speaker speaker, TopicState outcome, String token) {
		String purpose = switch (outcome) {
			case ACCEPTED -> ACCEPTED;
			case REJECTED -> REJECTED;
			case WAITLISTED -> WAITLISTED;
			default -> throw new IllegalArgumentException(outcome + " is no decision");
		};
		Map<String, String> values = values(event, topic, speaker);
		if (outcome == TopicState.ACCEPTED) {
			values.put("link",
					UriComponentsBuilder.fromUriString(publicUrl.of(ANSWER_PATH))
						.queryParam("token", token)
						.toUriString());
		}
		return queue(purpose, DECISION, event, topic, speaker, values);
	}

	/**
	 * Queues the reminder to confirm, linking to the topic's page, where a signed-in
	 * speaker confirms or declines.
	 * @return whether a mail was queued
	 */
	public boolean reminder(Event event, Topic topic, Topic.Speaker speaker) {
		Map<String, String> values = values(event, topic, speaker);
		values.put("link", publicUrl.of("/account/topics/" + topic.id()));
		return queue(REMINDER, REMINDER, event, topic, speaker, values);
	}

	private boolean queue(String purpose, String draftPurpose, Event event, Topic topic, Topic.Speaker speaker,
			Map<String, String> values) {
		return accounts.verifiedAddress(speaker.personId()).map(address -> {
			RenderedMail mail = templates.render(purpose, event.id(), values);
			outbox
				.enqueue(new OutgoingMail(event.id(), draftPurpose, "topic", Long.toString(topic.id()), address, mail));
			return true;
		}).orElse(false);
	}

	private static Map<String, String> values(Event event, Topic topic, Topic.Speaker speaker) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", speaker.nameAsWritten());
		values.put("event_name", event.name());
		values.put("call_name", topic.call().name());
		values.put("topic_title", topic.title());
		return values;
	}

	@Configuration(proxyBeanMethods = false)
	static class Purposes {

		/**
		 * The sample values of every decision mail, in the order the editor lists them.
		 */
		private static final Map<String, String> TOPIC = sample();

		@Bean
		MailPurpose topicAcceptedMail() {
			return new MailPurpose(ACCEPTED, "Sent to each speaker when a topic's acceptance is announced", true,
					"Accepted: {{topic_title}}", """
							Hello {{name}},

							your topic "{{topic_title}}" is accepted for {{call_name}} at {{event_name}}.

							Please confirm that you will give it, or decline, here:

							{{link}}
							""", with(TOPIC, "link", "https://plumbline.example/account/topics/answer?token=…"),
					Set.of("link"));
		}

		@Bean
		MailPurpose topicRejectedMail() {
			return new MailPurpose(REJECTED, "Sent to each speaker when a topic's rejection is announced", true,
					"Not accepted: {{topic_title}}", """
							Hello {{name}},

							we are sorry: your topic "{{topic_title}}" was not accepted for {{call_name}}
							at {{event_name}}. Thank you for submitting it.
							""", TOPIC);
		}

		@Bean
		MailPurpose topicWaitlistedMail() {
			return new MailPurpose(WAITLISTED, "Sent to each speaker when a topic is put on the waiting list", true,
					"Wait-listed: {{topic_title}}", """
							Hello {{name}},

							your topic "{{topic_title}}" is on the waiting list of {{call_name}} at
							{{event_name}}: if time becomes free, the leads may still accept it, and we
							will write to you again.
							""", TOPIC);
		}

		@Bean
		MailPurpose topicConfirmationReminderMail() {
			return new MailPurpose(REMINDER,
					"Sent once to each speaker of an accepted topic who has neither confirmed nor declined", true,
					"Please confirm: {{topic_title}}", """
							Hello {{name}},

							your topic "{{topic_title}}" was accepted for {{call_name}} at {{event_name}},
							and we have not heard from you yet. Please sign in and confirm that you will
							give it, or decline:

							{{link}}
							""", with(TOPIC, "link", "https://plumbline.example/account/topics/42"));
		}

		private static Map<String, String> sample() {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("name", "Jane Doe");
			values.put("event_name", "Linux Plumbers Conference 2023");
			values.put("call_name", "Tracing MC");
			values.put("topic_title", "Tracing page faults");
			return values;
		}

		private static Map<String, String> with(Map<String, String> values, String name, String value) {
			Map<String, String> more = new LinkedHashMap<>(values);
			more.put(name, value);
			return more;
		}

	}

}
