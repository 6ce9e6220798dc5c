package org.plumbline.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.registration.domain.PassMail;
import org.plumbline.registration.domain.PassRepository;
import org.plumbline.registration.domain.PassRepository.Quota;
import org.plumbline.registration.domain.References;
import org.plumbline.registration.domain.RegistrationMail;
import org.plumbline.registration.domain.RegistrationRepository;
import org.plumbline.registration.domain.RegistrationSettingsRepository;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The free passes of accepted MCs (issue 13, point 6): each MC has the event's number of
 * passes unless organisers set its own; its leads give them to addresses and take back
 * unused ones; a holder registers with theirs outside every ticket type's places, so past
 * a full event and its waiting line. A holder who was registered or waiting moves onto
 * the pass: their other registration ends and its place goes to the next in line.
 */
@Service
public class McPasses {

	static final String STALE = "This pass changed since you opened the page.";

	private final PassRepository passes;

	private final RegistrationRepository registrations;

	private final RegistrationSettingsRepository settings;

	private final WaitingList waitingList;

	private final Microconferences microconferences;

	private final AccountPersons accounts;

	private final Rights rights;

	private final PassMail passMail;

	private final RegistrationMail mail;

	private final AuditLog audit;

	private final Clock clock;

	McPasses(PassRepository passes, RegistrationRepository registrations, RegistrationSettingsRepository settings,
			WaitingList waitingList, Microconferences microconferences, AccountPersons accounts, Rights rights,
			PassMail passMail, RegistrationMail mail, AuditLog audit, Clock clock) {
		this.passes = passes;
		this.registrations = registrations;
		this.settings = settings;
		this.waitingList = waitingList;
		this.microconferences = microconferences;
		this.accounts = accounts;
		this.rights = rights;
		this.passMail = passMail;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * An accepted MC's passes: how many it has, whether that is its own number, and those
	 * given and not taken back.
	 */
	public record McPassList(Microconference microconference, int quota, boolean ownQuota, int quotaVersion,
			List<McPass> passes) {

		public McPassList {
			passes = List.copyOf(passes);
		}

		public int left() {
			return Math.max(0, quota - passes.size());
		}

		public long used() {
			return passes.stream().filter(McPass::used).count();
		}

	}

	/**
	 * An accepted MC's passes, for its leads and the event's organisers.
	 * @throws PassesNotFoundException for anyone else, or an MC that is not accepted
	 */
	@Transactional(readOnly = true)
	public McPassList ofMicroconference(Event event, String mcSlug, long actorAccountId) {
		Microconference mc = handedOutBy(event, mcSlug, actorAccountId);
		return list(event, mc, passes.quota(mc.id()));
	}

	/**
	 * Every accepted MC's passes, for the event's organisers.
	 * @throws NotAnOrganiserException for anyone else
	 */
	@Transactional(readOnly = true)
	public List<McPassList> ofEvent(Event event, long actorAccountId) {
		Organisers.require(rights, event, actorAccountId);
		Map<Long, Quota> quotas = passes.quotas(event.id());
		List<McPass> given = passes.liveOfEvent(event.id());
		int byDefault = settings.of(event.id()).passesPerMicroconference();
		return microconferences.published(event.id()).stream().map(mc -> {
			Quota quota = quotas.get(mc.id());
			boolean own = quota != null && quota.passes() != null;
			return new McPassList(mc, own ? quota.passes() : byDefault, own, quota == null ? 0 : quota.version(),
					given.stream().filter(pass -> pass.microconferenceId() == mc.id()).toList());
		}).toList();
	}

	/**
	 * Gives one of the MC's passes to an address and mails it there.
	 * @throws PassesNotFoundException for anyone but its leads and the organisers
	 * @throws InvalidFields for an address that is not one, when all its passes are
	 * given, or when the address holds a pass of the event already
	 */
	@Transactional
	public McPass assign(Event event, String mcSlug, SignedInAccount actor, String typedEmail) {
		Microconference mc = handedOutBy(event, mcSlug, actor.id());
		String email = typedEmail == null ? "" : typedEmail.strip();
		Optional<String> problem = accounts.addressProblem(email);
		if (problem.isPresent()) {
			throw new InvalidFields(Map.of("email", problem.get()));
		}
		String key = accounts.addressKey(email).orElseThrow();
		McPassList list = list(event, mc, Optional.of(passes.lockQuota(event.id(), mc.id())));
		if (list.left() == 0) {
			throw new InvalidFields(Map.of("email",
					"All " + list.quota() + " passes of " + mc.title() + " are given; take back an unused one first."));
		}
		Optional<McPass> held = passes.liveOf(event.id(), key);
		if (held.isPresent()) {
			throw alreadyHeld(email, held.get());
		}
		long id;
		try {
			id = passes.insert(event.id(), mc.id(), "MC pass: " + mc.title(), email, key, actor.id(), clock.instant());
		}
		catch (DuplicateKeyException raced) {
			throw alreadyHeld(email, passes.liveOf(event.id(), key).orElseThrow());
		}
		McPass pass = passes.lock(event.id(), id).orElseThrow();
		record(event, actor.id(), pass, "mc-pass-assigned", null, pass.audited());
		passMail.assigned(event, pass, mc.title(), actor.displayName());
		return pass;
	}

	/**
	 * Takes back an unused pass at the version its page showed.
	 * @throws PassesNotFoundException for anyone but the MC's leads and the organisers
	 * @throws RegistrationRefusedException for a pass someone registered with
	 * @throws OptimisticLockingFailureException if it changed or is none of the MC's
	 */
	@Transactional
	public void revoke(Event event, String mcSlug, long actorAccountId, long passId, int version) {
		Microconference mc = handedOutBy(event, mcSlug, actorAccountId);
		McPass before = passes.lock(event.id(), passId)
			.filter(pass -> pass.microconferenceId() == mc.id() && pass.revokedAt() == null)
			.orElseThrow(() -> new OptimisticLockingFailureException(STALE));
		if (before.used()) {
			throw new RegistrationRefusedException(
					"The pass of " + before.email() + " was used, so it stays: its holder may cancel.");
		}
		if (!passes.revoke(passId, version, clock.instant())) {
			throw new OptimisticLockingFailureException(STALE);
		}
		record(event, actorAccountId, before, "mc-pass-revoked", before.audited(), null);
	}

	/**
	 * Sets an MC's own number of passes, or, for a blank, back to the event's default.
	 * @throws NotAnOrganiserException for anyone but the organisers
	 * @throws InvalidFields for a number outside 0–100 or below the passes given
	 * @throws OptimisticLockingFailureException if it changed since the page was opened
	 */
	@Transactional
	public void setQuota(Event event, String mcSlug, long actorAccountId, String typed, int version) {
		Organisers.require(rights, event, actorAccountId);
		Microconference mc = microconferences.findPublished(event.id(), mcSlug)
			.orElseThrow(() -> new PassesNotFoundException("no accepted MC " + mcSlug));
		Quota quota = passes.lockQuota(event.id(), mc.id());
		if (quota.version() != version) {
			throw new OptimisticLockingFailureException(STALE);
		}
		Integer own = typed == null || typed.isBlank() ? null : number(typed);
		int given = passes.live(mc.id()).size();
		if (own != null && own < given) {
			throw new InvalidFields(Map.of("passes",
					given + " passes are given, so it needs at least " + given + "; take some back first."));
		}
		passes.setQuota(mc.id(), own, version);
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "mc-passes", mc.slug(), "mc-pass-quota-set",
				Map.of("passes", quota.passes() == null ? "default" : quota.passes()),
				Map.of("passes", own == null ? "default" : own), null));
	}

	/** The pass given to the signed-in account's address, if it holds one. */
	@Transactional(readOnly = true)
	public Optional<McPass> heldBy(Event event, SignedInAccount account) {
		return accounts.addressKey(account.email()).flatMap(key -> passes.liveOf(event.id(), key));
	}

	/**
	 * Registers the account with the pass given to its address, moving it off any other
	 * registration for the event.
	 * @throws RegistrationRefusedException if the pass was used, or none is given to it
	 */
	@Transactional
	public Registration use(Event event, SignedInAccount account) {
		McPass held = heldBy(event, account).flatMap(pass -> passes.lock(event.id(), pass.id()))
			.filter(pass -> pass.revokedAt() == null)
			.orElseThrow(() -> new RegistrationRefusedException("No pass is given to " + account.email() + "."));
		if (microconferences.published(event.id()).stream().noneMatch(mc -> mc.id() == held.microconferenceId())) {
			throw new RegistrationRefusedException(
					"The MC that gave this pass is no longer accepted, so the pass registers nobody.");
		}
		if (held.used()) {
			throw new RegistrationRefusedException(
					"This pass was used " + EventTimes.shown(held.usedAt(), event.timeZone()) + ".");
		}
		Optional<Registration> other = registrations.activeOf(event.id(), account.id());
		other.ifPresent(moved -> waitingList.end(event, account.id(), moved, RegistrationStatus.CANCELLED,
				"registration-moved-to-pass"));
		Instant now = clock.instant();
		long id = passes.insertRegistration(event.id(), account.id(), held.id(), References.next(), now);
		passes.markUsed(held.id(), now);
		Registration registration = registrations.find(id).orElseThrow();
		Map<String, Object> after = new LinkedHashMap<>(held.audited());
		after.put("reference", registration.reference());
		other.ifPresent(moved -> after.put("movedFrom", moved.reference()));
		record(event, account.id(), held, "mc-pass-used", held.audited(), after);
		mail.send(RegistrationMail.CONFIRMED, event, registration, Map.of());
		return registration;
	}

	private McPassList list(Event event, Microconference mc, Optional<Quota> quota) {
		boolean own = quota.isPresent() && quota.get().passes() != null;
		int number = own ? quota.get().passes() : settings.of(event.id()).passesPerMicroconference();
		return new McPassList(mc, number, own, quota.map(Quota::version).orElse(0), passes.live(mc.id()));
	}

	private Microconference handedOutBy(Event event, String mcSlug, long accountId) {
		return microconferences.findPublished(event.id(), mcSlug)
			.filter(mc -> rights.mayEditMicroconference(accountId, mc))
			.orElseThrow(() -> new PassesNotFoundException(
					"Account " + accountId + " hands out no passes of " + mcSlug + " in " + event.slug()));
	}

	private static int number(String typed) {
		try {
			int number = Integer.parseInt(typed.strip());
			if (number >= 0 && number <= 100) {
				return number;
			}
		}
		catch (NumberFormatException notANumber) {
			// told below, as a number out of range is
		}
		throw new InvalidFields(Map.of("passes", "A whole number from 0 to 100, or empty for the event's default."));
	}

	private static InvalidFields alreadyHeld(String email, McPass held) {
		return new InvalidFields(
				Map.of("email", email + " holds a pass of this event already (" + held.label() + ")."));
	}

	private void record(Event event, long actorAccountId, McPass pass, String action, Object before, Object after) {
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "mc-pass", Long.toString(pass.id()), action,
				before, after, null));
	}

}
