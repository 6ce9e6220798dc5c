package org.plumbline.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.domain.AccountMail;
import org.plumbline.account.domain.AccountRepository;
import org.plumbline.account.domain.AccountRow;
import org.plumbline.account.domain.EmailAddresses;
import org.plumbline.account.domain.MailedLinks;
import org.plumbline.account.domain.RoleRepository;
import org.plumbline.account.domain.RoleRepository.StoredInvitation;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.microconference.Microconferences;
import org.plumbline.token.OneTimeTokens;
import org.plumbline.validation.FieldChecks;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event's team: organisers grant and revoke roles. A role for an address with a
 * verified account is granted at once and the holder told by mail; any other address gets
 * an invitation, whose link asks them to sign up (or in) and accept. Every change is in
 * the audit log, written in its transaction. It is the only writer of roles; a reviewer
 * reviews one MC or one plain track, whose owner (cfp) names them through
 * {@link ReviewableTracks}.
 */
@Service
public class Teams {

	static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

	/** How a form names a plain track to review, before its slug. */
	public static final String TRACK_PREFIX = "track:";

	private final RoleRepository roles;

	private final AccountRepository accounts;

	private final Rights rights;

	private final Microconferences microconferences;

	private final ReviewableTracks tracks;

	private final AccountMail mail;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Teams(RoleRepository roles, AccountRepository accounts, Rights rights, Microconferences microconferences,
			ReviewableTracks tracks, AccountMail mail, AuditLog audit, TransactionTemplate transactions, Clock clock) {
		this.roles = roles;
		this.accounts = accounts;
		this.rights = rights;
		this.microconferences = microconferences;
		this.tracks = tracks;
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
	 * @param reviewed for a reviewer, what they review: an MC's slug, or
	 * {@value #TRACK_PREFIX} and a plain track's slug
	 * @return whether it was granted at once (else an invitation was mailed)
	 * @throws InvalidFields for a malformed address, an unknown role, MC or track, or a
	 * role the account already holds
	 */
	public boolean grantOrInvite(SignedInAccount by, Event event, String email, String roleName, String reviewed) {
		requireOrganiser(by, event);
		var checks = new FieldChecks();
		checks.check("email", EmailAddresses.problem(email));
		EventRole role = EventRole.parse(roleName);
		if (role == null) {
			checks.check("role", Optional.of("Choose organiser or reviewer."));
		}
		RoleScope scope = role == EventRole.REVIEWER ? reviewed(event, reviewed, checks) : RoleScope.EVENT;
		checks.throwIfAny();
		String address = email.strip();
		try {
			return transactions.execute(status -> grantOrInviteOnce(by, event, address, scope));
		}
		catch (DuplicateKeyException sameAtTheSameMoment) {
			// The unique constraint let the other request through; this one now finds its
			// grant or invitation, and answers as a second click would.
			return transactions.execute(status -> grantOrInviteOnce(by, event, address, scope));
		}
	}

	private boolean grantOrInviteOnce(SignedInAccount by, Event event, String address, RoleScope scope) {
		String key = EmailAddresses.key(address).orElseThrow();
		Instant now = clock.instant();
		Optional<AccountRow> holder = accounts.findByEmailKey(key).filter(AccountRow::verified);
		if (holder.isPresent()) {
			grant(by, event, holder.get(), scope, now);
			return true;
		}
		Optional<Instant> invitedAt = roles.openInvitationMadeAt(event.id(), key, scope);
		if (invitedAt.isPresent() && invitedAt.get().isAfter(now.minus(MailedLinks.MIN_INTERVAL))) {
			return false;
		}
		roles.revokeOpenInvitations(event.id(), key, scope, now);
		String token = OneTimeTokens.generate();
		long invitationId = roles.invite(event.id(), address, key, scope, OneTimeTokens.hash(token), by.id(), now,
				now.plus(INVITATION_VALIDITY));
		mail.roleInvitation(event, address, scope, by.displayName(), token, INVITATION_VALIDITY);
		audit.record(new AuditEntry(event.id(), by.id(), null, "role-invitation", Long.toString(invitationId),
				"invited", null, describe(address, scope), null));
		return false;
	}

	/**
	 * Grants a verified account a role in an event for a system actor (the data
	 * generator, the only caller: {@code ModularityTest}), without mail: audited as an
	 * organiser's grant is.
	 * @throws IllegalArgumentException if the account is not verified
	 */
	@Transactional
	public void grantAs(String systemActor, Event event, SignedInAccount account, RoleScope scope) {
		AccountRow holder = EmailAddresses.key(account.email())
			.flatMap(accounts::findByEmailKey)
			.filter(AccountRow::verified)
			.orElseThrow(() -> new IllegalArgumentException("No verified account " + account.email()));
		roles.grant(event.id(), holder.id(), scope, null, clock.instant());
		audit.record(new AuditEntry(event.id(), null, systemActor, "account", Long.toString(holder.id()),
				"role-granted", null, describe(holder.email(), scope), null));
	}

	/**
	 * Makes whoever cloned an event an organiser of its clone, in the cloning transaction
	 * and audited against the clone; no mail, since they are the one acting. A site admin
	 * organises every event already and gets no role.
	 * @throws AccessDeniedException if they do not organise the event cloned
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void grantToCloner(SignedInAccount by, Event cloned, Event clone) {
		requireOrganiser(by, cloned);
		if (rights.isSiteAdmin(by.id())) {
			return;
		}
		roles.grant(clone.id(), by.id(), RoleScope.EVENT, by.id(), clock.instant());
		audit.record(new AuditEntry(clone.id(), by.id(), null, "account", Long.toString(by.id()), "role-granted", null,
				describe(by.email(), RoleScope.EVENT), null));
	}

	private void grant(SignedInAccount by, Event event, AccountRow holder, RoleScope scope, Instant now) {
		if (roles.holds(holder.id(), event.id(), scope)) {
			throw new InvalidFields(Map.of("email", holder.email() + " is already " + scope.inWords() + "."));
		}
		roles.grant(event.id(), holder.id(), scope, by.id(), now);
		mail.roleGranted(event, holder, scope);
		audit.record(new AuditEntry(event.id(), by.id(), null, "account", Long.toString(holder.id()), "role-granted",
				null, describe(holder.email(), scope), null));
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
		RoleScope scope = stored(event.id(), grant.get().role(), grant.get().microconferenceId(),
				grant.get().plainTrackId());
		audit.record(new AuditEntry(event.id(), by.id(), null, "account", Long.toString(grant.get().accountId()),
				"role-revoked", describe(grant.get().email(), scope), null, null));
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
		RoleScope scope = view.roleScope();
		if (!roles.holds(me.id(), invitation.eventId(), scope)) {
			roles.grant(invitation.eventId(), me.id(), scope, null, now);
		}
		audit.record(new AuditEntry(invitation.eventId(), me.id(), null, "account", Long.toString(me.id()),
				"invitation-accepted", null, describe(me.email(), scope), null));
		return roles.findInvitation(OneTimeTokens.hash(token)).map(this::view);
	}

	private Invitation view(StoredInvitation stored) {
		RoleScope scope = stored(stored.eventId(), stored.role(), stored.microconferenceId(), stored.plainTrackId());
		Invitation.State state = stored.acceptedAt() != null ? Invitation.State.ACCEPTED : stored.revokedAt() != null
				? Invitation.State.WITHDRAWN
				: !clock.instant().isBefore(stored.expiresAt()) ? Invitation.State.EXPIRED : Invitation.State.OPEN;
		return new Invitation(stored.eventId(), stored.email(), scope, state);
	}

	/**
	 * The scope of a stored grant or invitation, named as its MC or track is named now;
	 * without a name if it was removed meanwhile.
	 */
	private RoleScope stored(long eventId, EventRole role, Long microconferenceId, Long plainTrackId) {
		if (microconferenceId != null) {
			return microconferences.forEvent(eventId)
				.stream()
				.filter(candidate -> candidate.id() == microconferenceId)
				.findFirst()
				.map(mc -> RoleScope.ofMicroconference(mc.id(), mc.slug(), mc.title()))
				.orElse(new RoleScope(role, microconferenceId, null, null, null));
		}
		if (plainTrackId != null) {
			return tracks.ofEvent(eventId)
				.stream()
				.filter(candidate -> candidate.id() == plainTrackId)
				.findFirst()
				.map(track -> RoleScope.ofPlainTrack(track.id(), track.slug(), track.name()))
				.orElse(new RoleScope(role, null, plainTrackId, null, null));
		}
		return RoleScope.EVENT;
	}

	private void requireOrganiser(SignedInAccount by, Event event) {
		if (by == null || !rights.isOrganiser(by.id(), event.id())) {
			throw new AccessDeniedException("Only the event's organisers manage its team");
		}
	}

	/**
	 * The accepted MC or plain track a form names, by its slug; a track's slug carries
	 * {@link #TRACK_PREFIX}, since an MC and a track may share a slug. A proposal has no
	 * topics to review, and its slug is no public name.
	 */
	private RoleScope reviewed(Event event, String value, FieldChecks checks) {
		String slug = value == null ? "" : value.strip();
		Optional<RoleScope> scope;
		if (slug.startsWith(TRACK_PREFIX)) {
			String trackSlug = slug.substring(TRACK_PREFIX.length());
			scope = tracks.ofEvent(event.id())
				.stream()
				.filter(track -> track.slug().equals(trackSlug))
				.findFirst()
				.map(track -> RoleScope.ofPlainTrack(track.id(), track.slug(), track.name()));
		}
		else {
			scope = slug.isEmpty() ? Optional.empty() : microconferences.findPublished(event.id(), slug)
				.map(mc -> RoleScope.ofMicroconference(mc.id(), mc.slug(), mc.title()));
		}
		if (scope.isEmpty()) {
			checks.check("microconference", Optional.of("Choose the microconference or track the reviewer reviews."));
			return null;
		}
		return scope.get();
	}

	private static Map<String, Object> describe(String email, RoleScope scope) {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("email", email);
		description.put("role", scope.role().inWords());
		if (scope.microconferenceId() != null) {
			description.put("microconference", scope.slug() == null ? scope.key() : scope.slug());
		}
		if (scope.plainTrackId() != null) {
			description.put("track", scope.slug() == null ? scope.key() : scope.slug());
		}
		return description;
	}

	/**
	 * An invitation as its link's page shows it.
	 */
	public record Invitation(long eventId, String email, RoleScope roleScope, State state) {

		/** The role in words, such as "a reviewer of the Tracing microconference". */
		public String scope() {
			return roleScope.inWords();
		}

		public enum State {

			OPEN, ACCEPTED, WITHDRAWN, EXPIRED

		}

	}

}
