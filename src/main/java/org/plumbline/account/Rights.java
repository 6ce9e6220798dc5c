package org.plumbline.account;

import java.util.List;
import java.util.Optional;

import org.plumbline.account.domain.AccountProfiles;
import org.plumbline.account.domain.RoleRepository;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what, read afresh from the database on every question (a revoked role stops
 * working at once, on every instance). A site admin counts as an organiser of every
 * event. Whether someone leads an MC is the microconference feature's to say: being
 * listed as a lead is the right (DOMAIN.md, L7).
 */
@Service
public class Rights {

	private final RoleRepository roles;

	private final EventCatalog events;

	private final AccountProfiles accounts;

	private final Microconferences microconferences;

	Rights(RoleRepository roles, EventCatalog events, AccountProfiles accounts, Microconferences microconferences) {
		this.roles = roles;
		this.events = events;
		this.accounts = accounts;
		this.microconferences = microconferences;
	}

	/**
	 * The event of an organiser's page, if the account organises it; empty both for an
	 * unknown event and for one the account may not manage, so that a page answers 404
	 * alike and a stranger learns nothing, not even that the event has such a page.
	 */
	@Transactional(readOnly = true)
	public Optional<Event> organisedEvent(String slug, long accountId) {
		return events.findBySlug(slug).filter(event -> isOrganiser(accountId, event.id()));
	}

	@Transactional(readOnly = true)
	public boolean isSiteAdmin(long accountId) {
		return roles.isSiteAdmin(accountId);
	}

	@Transactional(readOnly = true)
	public boolean isOrganiser(long accountId, long eventId) {
		return roles.isSiteAdmin(accountId) || roles.holds(accountId, eventId, RoleScope.EVENT);
	}

	/** Whether the account reviews this MC of the event (not a track, nor another MC). */
	@Transactional(readOnly = true)
	public boolean isReviewer(long accountId, long eventId, long microconferenceId) {
		return roles.holds(accountId, eventId, RoleScope.ofMicroconference(microconferenceId, null, null));
	}

	/**
	 * Whether the account reviews this plain track of the event (not an MC, nor another
	 * track).
	 */
	@Transactional(readOnly = true)
	public boolean isTrackReviewer(long accountId, long eventId, long plainTrackId) {
		return roles.holds(accountId, eventId, RoleScope.ofPlainTrack(plainTrackId, null, null));
	}

	/**
	 * Whether the account may edit the MC's public text: its leads (the person the
	 * account is linked to is listed as one), the event's organisers and the site admin.
	 */
	@Transactional(readOnly = true)
	public boolean mayEditMicroconference(long accountId, Microconference mc) {
		return isOrganiser(accountId, mc.eventId()) || accounts.verifiedPersonId(accountId)
			.map(personId -> microconferences.isLedBy(mc.id(), personId))
			.orElse(false);
	}

	/** The event's organisers and reviewers. */
	@Transactional(readOnly = true)
	public List<RoleGrant> team(long eventId) {
		return roles.team(eventId);
	}

	@Transactional(readOnly = true)
	public List<PendingInvitation> pendingInvitations(long eventId) {
		return roles.pendingInvitations(eventId);
	}

}
