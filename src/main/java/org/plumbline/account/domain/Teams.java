package org.plumbline.account.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.EventRole;
import org.plumbline.account.RoleGrant;
import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.account.domain.RoleRepository.StoredInvitation;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.token.OneTimeTokens;
import org.plumbline.validation.FieldChecks;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event's team: organisers grant and revoke roles. A role for an address with a
 * verified account is granted at once and the holder told by mail; any other address gets
 * an invitation, whose link asks them to sign up (or in) and accept. Every change is in
 * the audit log, written in its transaction.
 */
@Service
public class Teams {

	static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

	private final RoleRepository roles;

	private final AccountRepository accounts;

	private final Rights rights;

	private final Microconferences microconferences;

	private final AccountMail mail;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Teams(RoleRepository roles, AccountRepository accounts, Rights rights, Microconferences microconferences,
			AccountMail mail, AuditLog audit, TransactionTemplate transactions, Clock clock) {
		this.roles = roles;
		this.accounts = accounts;
		this.rights = rights;
		this.microconferences = microconferences;
		this.mail = mail;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Grants a role to the account of an address, or invites the address to one. An
	 * address invited to the same role in the last {@link MailedLinks#MIN_INTERVAL} is
	 * not mailed again: two organisers, or two clicks, inviting it at the same moment
	 * leave one invitation and one mail, and each is answered as if it had sent it.
	 * @return whether it was granted at once (else an invitation was mailed)
	 * @throws InvalidFields for a malformed address, an unknown role or MC, or a role the
	 * account already holds
	 */
	public boolean grantOrInvite(SignedInAccount by, Event event, String email, String roleName,
			String microconferenceSlug) {
		requireOrganiser(by, event);
		var checks = new FieldChecks();
		checks.check("email", EmailAddresses.problem(email));
		EventRole role = EventRole.parse(roleName);
		if (role == null) {
			checks.check("role", Optional.of("Choose organiser or reviewer."));
		}
		Microconference mc = role == EventRole.REVIEWER ? reviewedMc(event, microconferenceSlug, checks) : null;
		checks.throwIfAny();
		String address = email.strip();
		try {
			return transactions.execute(status -> grantOrInviteOnce(by, event, address, role, mc));
		}
		catch (DuplicateKeyException sameAtTheSameMoment) {
			// The unique constraint let the other request through; this one now finds its
			// grant or invitation, and answers as a second click would.
			return transactions.execute(status -> grantOrInviteOnce(by, event, address, role, mc));
		}
	}

	private boolean grantOrInviteOnce(SignedInAccount by, Event event, String address, EventRole role,
			Microconference mc) {
		Long mcId = mc == null ? null : mc.id();
		String key = EmailAddresses.key(address).orElseThrow();
		Instant now = clock.instant();
		Optional<AccountRow> holder = accounts.findByEmailKey(key).filter(AccountRow::verified);
		if (holder.isPresent()) {
			grant(by, event, holder.get(), role, mc, now);
			return true;
		}
		Optional<Instant> invitedAt = roles.openInvitationMadeAt(event.id(), key, role, mcId);
		if (invitedAt.isPresent() && invitedAt.get().isAfter(now.minus(MailedLinks.MIN_INTERVAL))) {
			return false;
		}
		roles.revokeOpenInvitations(event.id(), key, role, mcId, now);
		String token = OneTimeTokens.generate();
		long invitationId = roles.invite(event.id(), address, key, role, mcId, OneTimeTokens.hash(token), by.id(), now,
				now.plus(INVITATION_VALIDITY));
		mail.roleInvitation(event, address, role, mc, by.displayName(), token, INVITATION_VALIDITY);
		audit.record(new AuditEntry(event.id(), by.id(), null, "role-invitation", Long.toString(invitationId),
				"invited", null, describe(address, role, mc), null));
		return false;
	}

	private void grant(SignedInAccount by, Event event, AccountRow holder, EventRole role, Microconference mc,
			Instant now) {
		Long mcId = mc == null ? null : mc.id();
		if (roles.holds(holder.id(), event.id(), role, mcId)) {
			throw new InvalidFields(Map.of("email", holder.email() + " is already " + scopeInWords(role, mc) + "."));
		}
		roles.grant(event.id(), holder.id(), role, mcId, by.id(), now);
		mail.roleGranted(event, holder, role, mc);
		audit.record(new AuditEntry(event.id(), by.id(), null, "account", Long.toString(holder.id()), "role-granted",
				null, describe(holder.email(), role, mc), null));
	}

	/**
	 * Takes a role back. The last organiser stays: an event without one could only be run
	 * by a site admin. The event's organiser rows are locked before they are counted, so
	 * two organisers revoking each other at the same moment cannot leave none.
	 * @return false if there is no such grant in the event
	 */
	@Transactional
	public boolean revoke(SignedInAccount by, Event event, long grantId) {
		requireOrganiser(by, event);
		Optional<RoleGrant> grant = roles.findGrant(event.id(), grantId);
		if (grant.isEmpty()) {
			return false;
		}
		if (grant.get().role() == EventRole.ORGANISER && roles.lockOrganisers(event.id()) == 1) {
			throw new InvalidFields(Map.of("team", grant.get().displayName()
					+ " is the only organiser of this event; make someone else organiser first."));
		}
		if (!roles.revoke(event.id(), grantId)) {
			return false;
		}
		Microconference mc = grant.get().microconferenceId() == null ? null
				: microconferences.forEvent(event.id())
					.stream()
					.filter(candidate -> candidate.id() == grant.get().microconferenceId())
					.findFirst()
					.orElse(null);
		audit.record(new AuditEntry(event.id(), by.id(), null, "account", Long.toString(grant.get().accountId()),
				"role-revoked", describe(grant.get().email(), grant.get().role(), mc), null, null));
		return true;
	}

	/**
	 * @return false if there is no such open invitation in the event
	 */
	@Transactional
	public boolean cancelInvitation(SignedInAccount by, Event event, long invitationId) {
		requireOrganiser(by, event);
		boolean cancelled = roles.cancelInvitation(event.id(), invitationId, clock.instant());
		if (cancelled) {
			audit.record(new AuditEntry(event.id(), by.id(), null, "role-invitation", Long.toString(invitationId),
					"withdrawn", null, null, null));
		}
		return cancelled;
	}

	/** The invitation of a link, if the token is one of ours. */
	@Transactional(readOnly = true)
	public Optional<Invitation> invitation(String token) {
		if (!OneTimeTokens.plausible(token)) {
			return Optional.empty();
		}
		return roles.findInvitation(OneTimeTokens.hash(token)).map(this::view);
	}

	/**
	 * Accepts an invitation for the signed-in account, whatever its address: the link is
	 * the proof, as in pretalx. Accepting twice, or after it was withdrawn or expired,
	 * changes nothing.
	 * @return the invitation as it is now
	 */
	@Transactional
	public Optional<Invitation> accept(SignedInAccount me, String token) {
		if (!OneTimeTokens.plausible(token)) {
			return Optional.empty();
		}
		Optional<StoredInvitation> found = roles.findInvitation(OneTimeTokens.hash(token));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		StoredInvitation invitation = found.get();
		Invitation view = view(invitation);
		if (view.state() != Invitation.State.OPEN) {
			return Optional.of(view);
		}
		Instant now = clock.instant();
		if (!roles.markAccepted(invitation.id(), me.id(), now)) {
			return roles.findInvitation(OneTimeTokens.hash(token)).map(this::view);
		}
		Microconference mc = view.microconference();
		if (!roles.holds(me.id(), invitation.eventId(), invitation.role(), invitation.microconferenceId())) {
			roles.grant(invitation.eventId(), me.id(), invitation.role(), invitation.microconferenceId(), null, now);
		}
		audit.record(new AuditEntry(invitation.eventId(), me.id(), null, "account", Long.toString(me.id()),
				"invitation-accepted", null, describe(me.email(), invitation.role(), mc), null));
		return roles.findInvitation(OneTimeTokens.hash(token)).map(this::view);
	}

	private Invitation view(StoredInvitation stored) {
		Microconference mc = stored.microconferenceId() == null ? null
				: microconferences.forEvent(stored.eventId())
					.stream()
					.filter(candidate -> candidate.id() == stored.microconferenceId())
					.findFirst()
					.orElse(null);
		Invitation.State state = stored.acceptedAt() != null ? Invitation.State.ACCEPTED : stored.revokedAt() != null
				? Invitation.State.WITHDRAWN
				: !clock.instant().isBefore(stored.expiresAt()) ? Invitation.State.EXPIRED : Invitation.State.OPEN;
		return new Invitation(stored.eventId(), stored.email(), stored.role(), mc, state,
				scopeInWords(stored.role(), mc));
	}

	private void requireOrganiser(SignedInAccount by, Event event) {
		if (by == null || !rights.isOrganiser(by.id(), event.id())) {
			throw new AccessDeniedException("Only the event's organisers manage its team");
		}
	}

	private Microconference reviewedMc(Event event, String slug, FieldChecks checks) {
		Optional<Microconference> mc = slug == null || slug.isBlank() ? Optional.empty()
				: microconferences.find(event.id(), slug.strip());
		if (mc.isEmpty()) {
			checks.check("microconference", Optional.of("Choose the microconference the reviewer reviews."));
			return null;
		}
		return mc.get();
	}

	static String scopeInWords(EventRole role, Microconference mc) {
		return role == EventRole.ORGANISER ? "an organiser of the event"
				: "a reviewer of the " + (mc == null ? "(removed) microconference" : mc.title() + " microconference");
	}

	private static Map<String, Object> describe(String email, EventRole role, Microconference mc) {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("email", email);
		description.put("role", role.inWords());
		if (mc != null) {
			description.put("microconference", mc.slug());
		}
		return description;
	}

	/**
	 * An invitation as its link's page shows it.
	 *
	 * @param scope the role in words, such as "a reviewer of the Tracing microconference"
	 */
	public record Invitation(long eventId, String email, EventRole role, Microconference microconference, State state,
			String scope) {

		public enum State {

			OPEN, ACCEPTED, WITHDRAWN, EXPIRED

		}

	}

}
