package org.plumbline.review;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditExclusion;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.review.domain.ConflictRepository;
import org.plumbline.validation.FieldChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicts of interest that organisers declare (DOMAIN.md, L8, "administrative"): an
 * account marked against a person reviews, sees and decides none of that person's topics.
 * Conflicts through authorship need no mark; the same employer is suggested for one. Each
 * mark and its removal is audited.
 */
@Service
public class Conflicts {

	private final ConflictRepository conflicts;

	private final Rights rights;

	private final AuditLog audit;

	private final Clock clock;

	Conflicts(ConflictRepository conflicts, Rights rights, AuditLog audit, Clock clock) {
		this.conflicts = conflicts;
		this.rights = rights;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the event's audit log must leave out for the account: the entries about the
	 * topics it is conflicted with, their reviews and their co-speaker invitations, so
	 * that an organiser does not read there what the review pages hide from them.
	 */
	@Transactional(readOnly = true)
	public List<AuditExclusion> hiddenFromAudit(long eventId, long accountId) {
		return conflicts.conflictedObjects(eventId, accountId)
			.entrySet()
			.stream()
			.map(objects -> new AuditExclusion(objects.getKey(), objects.getValue()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<ConflictMark> marks(long eventId) {
		return conflicts.marks(eventId);
	}

	/**
	 * The accounts of the event whose profiles give the same affiliation as a speaker's,
	 * unmarked: suggestions for an organiser, who knows whether "the same employer" means
	 * a conflict (DOMAIN.md L8). An automatic rule would let a speaker hide a topic from
	 * its leads by typing their employer.
	 */
	@Transactional(readOnly = true)
	public List<SameEmployer> sameEmployer(long eventId) {
		return conflicts.sameEmployer(eventId);
	}

	/** The people a mark may name: the speakers of the event's topics. */
	@Transactional(readOnly = true)
	public List<Speaker> speakers(long eventId) {
		return conflicts.speakers(eventId);
	}

	/**
	 * Marks an account as conflicted with a person.
	 * @throws IllegalArgumentException if the actor does not organise the event
	 * @throws org.plumbline.validation.InvalidFields for an address no account has, a
	 * person who speaks on none of the event's topics, a missing reason, or a pair marked
	 * already
	 * @throws org.springframework.dao.DuplicateKeyException if another organiser marked
	 * the pair meanwhile
	 */
	@Transactional
	public ConflictMark mark(Event event, long actorAccountId, ConflictInput input) {
		requireOrganiser(event, actorAccountId);
		FieldChecks checks = new FieldChecks();
		String email = checks.required("email", input.email(), 254);
		Optional<Long> account = email == null ? Optional.empty()
				: conflicts.accountByEmail(email.toLowerCase(Locale.ROOT));
		if (email != null && account.isEmpty()) {
			checks.check("email", Optional.of("No account has this address."));
		}
		Optional<Speaker> person = speakers(event.id()).stream()
			.filter(speaker -> Long.toString(speaker.personId()).equals(input.personId()))
			.findFirst();
		if (person.isEmpty()) {
			checks.check("personId", Optional.of("Choose a speaker of this event."));
		}
		String reason = checks.requiredText("reason", input.reason(), ConflictInput.MAX_REASON_LENGTH);
		if (account.isPresent() && person.isPresent() && conflicts.marks(event.id())
			.stream()
			.anyMatch(mark -> mark.accountId() == account.get() && mark.personId() == person.get().personId())) {
			checks.check("personId",
					Optional.of("This account is marked as conflicted with " + person.get().name() + " already."));
		}
		checks.throwIfAny();
		long id = conflicts.insert(event.id(), account.get(), person.get().personId(), reason, actorAccountId,
				clock.instant());
		ConflictMark mark = conflicts.mark(event.id(), id).orElseThrow();
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "conflict-mark", Long.toString(id),
				"conflict-marked", null, audited(mark), null));
		return mark;
	}

	/**
	 * Removes a mark; removing one that is gone already changes nothing. A mark naming
	 * the actor is removed by another organiser: no one lifts their own conflict.
	 * @throws IllegalArgumentException if the actor does not organise the event
	 * @throws ReviewRefusedException if the mark names the actor
	 */
	@Transactional
	public void unmark(Event event, long actorAccountId, long markId) {
		requireOrganiser(event, actorAccountId);
		Optional<ConflictMark> mark = conflicts.mark(event.id(), markId);
		if (mark.isPresent() && mark.get().accountId() == actorAccountId) {
			throw new ReviewRefusedException(
					"This mark names you, so another organiser removes it: no one lifts their own conflict.");
		}
		if (mark.isPresent() && conflicts.delete(event.id(), markId)) {
			audit.record(new AuditEntry(event.id(), actorAccountId, null, "conflict-mark", Long.toString(markId),
					"conflict-unmarked", audited(mark.get()), null, null));
		}
	}

	private void requireOrganiser(Event event, long accountId) {
		if (!rights.isOrganiser(accountId, event.id())) {
			throw new IllegalArgumentException("Account " + accountId + " does not organise " + event.slug());
		}
	}

	private static Map<String, Object> audited(ConflictMark mark) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("account", mark.accountEmail());
		fields.put("person", mark.personName());
		fields.put("reason", mark.reason());
		return fields;
	}

}
