package org.plumbline.cfp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.SignedInAccount;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.CoSpeakerInvitation.State;
import org.plumbline.cfp.Topic.Speaker;
import org.plumbline.cfp.domain.CoSpeakerInvitationRepository;
import org.plumbline.cfp.domain.CoSpeakerInvitationRepository.StoredInvitation;
import org.plumbline.cfp.domain.CoSpeakerMail;
import org.plumbline.cfp.domain.TopicRepository;
import org.plumbline.cfp.domain.TopicRow;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.people.EmailKeys;
import org.plumbline.people.PersonDirectory;
import org.plumbline.token.OneTimeTokens;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-speakers invited by email: a topic's speaker invites an address while the topic may
 * still change; the mail's link, opened by the account that verified that address,
 * accepts (appending its person to the speakers under the profile's name) or declines.
 * The address is the only link to a person (DOMAIN.md, L14); only the SHA-256 of the
 * link's token is stored. Every change is audited in its transaction.
 */
@Service
public class CoSpeakers {

	public static final Duration VALIDITY = Duration.ofDays(14);

	/** Speakers a topic may have, counting open invitations as speakers to be. */
	public static final int MAX_SPEAKERS = 10;

	private final Topics topics;

	private final TopicRepository topicRows;

	private final TopicCalls calls;

	private final CoSpeakerInvitationRepository invitations;

	private final CoSpeakerMail mail;

	private final AccountPersons accounts;

	private final PersonDirectory people;

	private final EventCatalog events;

	private final AuditLog audit;

	private final Clock clock;

	CoSpeakers(Topics topics, TopicRepository topicRows, TopicCalls calls, CoSpeakerInvitationRepository invitations,
			CoSpeakerMail mail, AccountPersons accounts, PersonDirectory people, EventCatalog events, AuditLog audit,
			Clock clock) {
		this.topics = topics;
		this.topicRows = topicRows;
		this.calls = calls;
		this.invitations = invitations;
		this.mail = mail;
		this.accounts = accounts;
		this.people = people;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** The open invitations of a topic (as {@link Topics#find} gave it to a speaker). */
	@Transactional(readOnly = true)
	public List<CoSpeakerInvitation> pending(Topic topic) {
		return invitations.open(topic.id(), clock.instant()).stream().map(this::view).toList();
	}

	/**
	 * Invites an address to speak on the account's topic and mails it the link.
	 * @throws IllegalArgumentException if the account is not a speaker of the topic
	 * @throws TopicRefusedException if the topic can no longer be changed
	 * @throws InvalidFields (field {@code email}) for a malformed address, one that is a
	 * speaker already or has an open invitation, or a topic that has its
	 * {@link #MAX_SPEAKERS}
	 */
	@Transactional
	public CoSpeakerInvitation invite(SignedInAccount me, long topicId, String email) {
		Topic topic = topics.find(me.id(), topicId)
			.orElseThrow(() -> new IllegalArgumentException("No topic " + topicId + " of account " + me.id()));
		Event event = events.findById(topic.eventId()).orElseThrow();
		requireChangeable(topic.state(), topic.call(), event);
		if (email == null || email.isBlank()) {
			throw new InvalidFields(Map.of("email", "Enter the co-speaker's email address."));
		}
		accounts.addressProblem(email).ifPresent(problem -> {
			throw new InvalidFields(Map.of("email", problem));
		});
		String address = email.strip();
		Instant now = clock.instant();
		Optional<Long> person = accounts.verifiedPersonIdOf(address);
		if (person.isPresent() && topic.speakers().stream().anyMatch(speaker -> speaker.personId() == person.get())) {
			throw new InvalidFields(Map.of("email", address + " is a speaker of this topic already."));
		}
		invitations.closeExpired(topicId, now);
		List<StoredInvitation> open = invitations.open(topicId, now);
		String key = EmailKeys.of(address);
		if (open.stream().anyMatch(invitation -> invitation.emailKey().equals(key))) {
			throw alreadyInvited(address);
		}
		if (topic.speakers().size() + open.size() >= MAX_SPEAKERS) {
			throw new InvalidFields(Map.of("email", "A topic has at most " + MAX_SPEAKERS
					+ " speakers, counting open invitations; revoke one to invite someone else."));
		}
		String token = OneTimeTokens.generate();
		long id;
		try {
			id = invitations.insert(topicId, address, key, OneTimeTokens.hash(token), me.id(), now, now.plus(VALIDITY));
		}
		catch (DuplicateKeyException sameAtTheSameMoment) {
			throw alreadyInvited(address);
		}
		mail.invitation(event, id, address, topic.title(), topic.call().name(), me.displayName(), token, VALIDITY);
		audit.record(new AuditEntry(event.id(), me.id(), null, "co-speaker-invitation", Long.toString(id), "invited",
				null, describe(topicId, address), null));
		return view(invitations.findByTokenHash(OneTimeTokens.hash(token)).orElseThrow());
	}

	/**
	 * Revokes an open invitation of the account's topic; its link stops working.
	 * @return false if the topic has no such open invitation
	 * @throws IllegalArgumentException if the account is not a speaker of the topic
	 */
	@Transactional
	public boolean revoke(SignedInAccount me, long topicId, long invitationId) {
		Topic topic = topics.find(me.id(), topicId)
			.orElseThrow(() -> new IllegalArgumentException("No topic " + topicId + " of account " + me.id()));
		Optional<StoredInvitation> invitation = invitations.open(topicId, clock.instant())
			.stream()
			.filter(open -> open.id() == invitationId)
			.findFirst();
		if (invitation.isEmpty() || !invitations.close(invitationId, State.REVOKED.name(), me.id(), clock.instant())) {
			return false;
		}
		audit.record(new AuditEntry(topic.eventId(), me.id(), null, "co-speaker-invitation",
				Long.toString(invitationId), "revoked", describe(topicId, invitation.get().email()), null, null));
		return true;
	}

	/**
	 * The invitation of a link, if the account is the one that verified its address;
	 * empty for anyone else, as for a token that is not ours.
	 */
	@Transactional(readOnly = true)
	public Optional<CoSpeakerInvitation> forInvitee(long accountId, String token) {
		return stored(accountId, token).map(this::view);
	}

	/**
	 * Accepts the invitation of a link: the account's person becomes the topic's next
	 * speaker, under the name of its profile. Accepting an invitation that is no longer
	 * open changes nothing.
	 * @return the invitation as it is now, empty as {@link #forInvitee}
	 * @throws TopicRefusedException if the topic can no longer be changed, or has its
	 * {@link #MAX_SPEAKERS}
	 */
	@Transactional
	public Optional<CoSpeakerInvitation> accept(long accountId, String token) {
		Optional<StoredInvitation> found = stored(accountId, token);
		if (found.isEmpty() || view(found.get()).state() != State.OPEN) {
			return found.map(this::view);
		}
		StoredInvitation invitation = found.get();
		long personId = accounts.verifiedPersonId(accountId).orElseThrow();
		invitations.lockSpeakerAndTopic(personId, invitation.topicId());
		TopicRow topic = topicRows.find(invitation.topicId()).orElseThrow();
		Event event = events.findById(topic.eventId()).orElseThrow();
		requireChangeable(topic.state(), calls.callOf(topic.eventId(), topic.microconferenceId(), topic.plainTrackId()),
				event);
		List<Speaker> speakers = topicRows.speakers(topic.id());
		boolean speaksAlready = speakers.stream().anyMatch(speaker -> speaker.personId() == personId);
		if (!speaksAlready && speakers.size() >= MAX_SPEAKERS) {
			throw new TopicRefusedException(
					"This topic has " + MAX_SPEAKERS + " speakers, as many as a topic may have.");
		}
		if (!invitations.close(invitation.id(), State.ACCEPTED.name(), accountId, clock.instant())) {
			return forInvitee(accountId, token);
		}
		if (!speaksAlready) {
			String name = people.findAll(List.of(personId)).get(personId).displayName();
			invitations.appendSpeaker(topic.id(), personId, name);
		}
		audit.record(new AuditEntry(event.id(), accountId, null, "co-speaker-invitation",
				Long.toString(invitation.id()), "accepted", null, describe(topic.id(), invitation.email()), null));
		return forInvitee(accountId, token);
	}

	/**
	 * Declines the invitation of a link; declining one that is no longer open changes
	 * nothing.
	 * @return the invitation as it is now, empty as {@link #forInvitee}
	 */
	@Transactional
	public Optional<CoSpeakerInvitation> decline(long accountId, String token) {
		Optional<StoredInvitation> found = stored(accountId, token);
		if (found.isEmpty() || view(found.get()).state() != State.OPEN) {
			return found.map(this::view);
		}
		StoredInvitation invitation = found.get();
		if (invitations.close(invitation.id(), State.DECLINED.name(), accountId, clock.instant())) {
			long eventId = topicRows.find(invitation.topicId()).orElseThrow().eventId();
			audit.record(
					new AuditEntry(eventId, accountId, null, "co-speaker-invitation", Long.toString(invitation.id()),
							"declined", null, describe(invitation.topicId(), invitation.email()), null));
		}
		return forInvitee(accountId, token);
	}

	private Optional<StoredInvitation> stored(long accountId, String token) {
		if (!OneTimeTokens.plausible(token)) {
			return Optional.empty();
		}
		Optional<Long> me = accounts.verifiedPersonId(accountId);
		return invitations.findByTokenHash(OneTimeTokens.hash(token))
			.filter(invitation -> me.isPresent() && accounts.verifiedPersonIdOf(invitation.email()).equals(me));
	}

	private void requireChangeable(TopicState state, TopicCall call, Event event) {
		if (!state.speakersMayChange()) {
			throw new TopicRefusedException(
					"This topic is " + state.inWords().toLowerCase() + "; its speakers can no longer change.");
		}
		String refusal = call.refusal(clock.instant(), event.timeZone());
		if (refusal != null) {
			throw new TopicRefusedException(refusal);
		}
	}

	private CoSpeakerInvitation view(StoredInvitation stored) {
		TopicRow topic = topicRows.find(stored.topicId()).orElseThrow();
		TopicCall call = calls.callOf(topic.eventId(), topic.microconferenceId(), topic.plainTrackId());
		State state = stored.outcome() != null ? State.valueOf(stored.outcome())
				: clock.instant().isBefore(stored.expiresAt()) ? State.OPEN : State.EXPIRED;
		return new CoSpeakerInvitation(stored.id(), topic.id(), topic.title(), call.name(), topic.eventId(),
				stored.email(), topicRows.speakers(topic.id()), stored.expiresAt(), state);
	}

	private static InvalidFields alreadyInvited(String address) {
		return new InvalidFields(Map.of("email",
				address + " has an open invitation to this topic already; revoke it to send a new one."));
	}

	private static Map<String, Object> describe(long topicId, String email) {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("topic", topicId);
		description.put("email", email);
		return description;
	}

}
