package org.plumbline.review;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.TopicDecisions;
import org.plumbline.event.Event;
import org.plumbline.review.domain.ConflictRepository;
import org.plumbline.review.domain.ReviewRepository;
import org.plumbline.validation.FieldChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicts of interest that reviewers declare themselves (DOMAIN.md, L8, "declared"): a
 * lead or reviewer who sees a topic declares that they must not review it, and from then
 * on it is hidden from them as for every other kind. As they no longer see it, lifting
 * the declaration is an organiser's. Both are audited against the topic, so that the
 * audit log hides them from whoever is conflicted with it.
 */
@Service
public class DeclaredConflicts {

	public static final int MAX_REASON_LENGTH = 500;

	private final Reviews reviews;

	private final ConflictRepository conflicts;

	private final ReviewRepository reviewRows;

	private final Rights rights;

	private final AuditLog audit;

	private final Clock clock;

	private final TopicDecisions topicDecisions;

	DeclaredConflicts(Reviews reviews, ConflictRepository conflicts, ReviewRepository reviewRows, Rights rights,
			AuditLog audit, Clock clock, TopicDecisions topicDecisions) {
		this.reviews = reviews;
		this.topicDecisions = topicDecisions;
		this.conflicts = conflicts;
		this.reviewRows = reviewRows;
		this.rights = rights;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The event's declared conflicts an organiser may see: those on topics they are not
	 * conflicted with themselves.
	 */
	@Transactional(readOnly = true)
	public List<DeclaredConflict> declarations(long eventId, long viewerAccountId) {
		return conflicts.declarations(eventId, viewerAccountId);
	}

	/**
	 * Declares the account conflicted with a topic it reviews, clearing a decision on it
	 * that the account recorded and nobody announced. Declaring again, as a second click
	 * does once the topic is hidden, changes nothing.
	 * @param reason why, or blank
	 * @throws IllegalArgumentException if the account does not see the topic on its
	 * review pages (to the caller, the topic does not exist)
	 * @throws org.plumbline.validation.InvalidFields for a reason that does not fit
	 * @throws org.springframework.dao.DuplicateKeyException if the same declaration was
	 * saved meanwhile
	 */
	@Transactional
	public DeclaredConflict declare(long accountId, Event event, String callSlug, long topicId, String reason) {
		Optional<DeclaredConflict> already = conflicts.declaration(event.id(), topicId, accountId);
		if (already.isPresent()) {
			return already.get();
		}
		if (reviews.topic(accountId, event, callSlug, topicId).isEmpty()) {
			throw new IllegalArgumentException("No topic " + topicId + " that " + accountId + " reviews");
		}
		FieldChecks checks = new FieldChecks();
		String why = checks.optionalText("reason", reason, MAX_REASON_LENGTH);
		checks.throwIfAny();
		topicDecisions.clearOwnPendingDecision(accountId, topicId);
		long id = conflicts.declare(topicId, accountId, why, clock.instant());
		DeclaredConflict declared = conflicts.declaration(event.id(), id).orElseThrow();
		audit.record(new AuditEntry(event.id(), accountId, null, "topic", Long.toString(topicId), "conflict-declared",
				null, audited(declared), null));
		return declared;
	}

	/**
	 * Removes a declaration, so that its reviewer sees the topic again.
	 * @throws IllegalArgumentException if the actor does not organise the event, or is
	 * conflicted with the topic: to them the declaration does not exist, as no one lifts
	 * a conflict on a topic hidden from them, their own declaration included (the caller
	 * answers 404)
	 */
	@Transactional
	public void remove(Event event, long actorAccountId, long declarationId) {
		if (!rights.isOrganiser(actorAccountId, event.id())) {
			throw new IllegalArgumentException("Account " + actorAccountId + " does not organise " + event.slug());
		}
		Optional<DeclaredConflict> declaration = conflicts.declaration(event.id(), declarationId)
			.filter(found -> !reviewRows.conflicted(found.topicId(), actorAccountId));
		if (declaration.isEmpty()) {
			throw new IllegalArgumentException(
					"No declaration " + declarationId + " that account " + actorAccountId + " may see");
		}
		if (conflicts.deleteDeclaration(declarationId)) {
			audit.record(new AuditEntry(event.id(), actorAccountId, null, "topic",
					Long.toString(declaration.get().topicId()), "declared-conflict-removed", audited(declaration.get()),
					null, null));
		}
	}

	private static Map<String, Object> audited(DeclaredConflict declaration) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("account", declaration.accountEmail());
		fields.put("reason", declaration.reason());
		return fields;
	}

}
