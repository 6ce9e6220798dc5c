package org.plumbline.microconference;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.microconference.domain.ProposalMail;
import org.plumbline.microconference.domain.ProposalRepository;
import org.plumbline.microconference.domain.ProposalRepository.LeadToBe;
import org.plumbline.microconference.domain.ProposalRepository.ProposalRow;
import org.plumbline.validation.FieldChecks;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Call for Microconferences as organisers run it: the window, one review per
 * organiser and proposal, decisions recorded quietly and then announced (DOMAIN.md, L3).
 * Every change checks that the account organises the event, through
 * {@link ProposalAuthority} (the account feature, which knows roles, depends on this
 * one). An organiser who proposed a proposal, or is one of its leads-to-be, neither sees
 * nor scores nor decides it: to them it does not exist.
 */
@Service
public class McProposalDecisions {

	static final String STALE_WINDOW = "The call's dates were changed elsewhere since you opened this page.";

	static final String STALE_REVIEW = "Your review was saved elsewhere since you opened this page.";

	static final String STALE_DECISION = "Another organiser changed the decision since you opened this page.";

	private final ProposalRepository proposals;

	private final McProposals proposers;

	private final ProposalMail mail;

	private final AuditLog audit;

	private final Clock clock;

	private final ProposalAuthority authority;

	private final OtherTrackSlugs trackSlugs;

	private final ProposedKeyAttendees keyAttendees;

	McProposalDecisions(ProposalRepository proposals, McProposals proposers, ProposalMail mail, AuditLog audit,
			Clock clock, ProposalAuthority authority, OtherTrackSlugs trackSlugs, ProposedKeyAttendees keyAttendees) {
		this.keyAttendees = keyAttendees;
		this.authority = authority;
		this.trackSlugs = trackSlugs;
		this.proposals = proposals;
		this.proposers = proposers;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Sets the event's window for proposals.
	 * @param version the version the form was opened at; 0 while the event has no call
	 * @throws InvalidFields if a date is missing or the call closes before it opens
	 * @throws OptimisticLockingFailureException if it was changed since the form was
	 * opened
	 * @throws IllegalArgumentException if the account does not organise the event (the
	 * caller answers 404)
	 */
	@Transactional
	public McCall saveCall(Event event, Instant opensAt, Instant closesAt, int version, long actorAccountId) {
		requireOrganiser(actorAccountId, event.id());
		var checks = new FieldChecks();
		if (opensAt == null) {
			checks.check("opensAt", Optional.of("Enter when the call opens."));
		}
		if (closesAt == null) {
			checks.check("closesAt", Optional.of("Enter when the call closes."));
		}
		if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
			checks.check("closesAt", Optional.of("The call must close after it opens."));
		}
		checks.throwIfAny();
		Optional<McCall> before = proposals.findCall(event.id());
		if (before.isEmpty()) {
			if (version != 0) {
				throw new OptimisticLockingFailureException(STALE_WINDOW);
			}
			try {
				proposals.insertCall(event.id(), opensAt, closesAt);
			}
			catch (DuplicateKeyException meanwhile) {
				throw new OptimisticLockingFailureException(STALE_WINDOW);
			}
		}
		else if (!proposals.updateCall(event.id(), opensAt, closesAt, version)) {
			throw new OptimisticLockingFailureException(STALE_WINDOW);
		}
		McCall after = proposals.findCall(event.id()).orElseThrow();
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "mc-call", Long.toString(event.id()),
				"window-set", before.map(McProposalDecisions::window).orElse(null), window(after), null));
		return after;
	}

	/**
	 * The event's proposals that were submitted, with their reviews' count and mean, but
	 * for those the organiser proposes or would lead.
	 */
	@Transactional(readOnly = true)
	public List<McProposalSummary> overview(long eventId, long organiserAccountId) {
		Optional<Long> person = authority.verifiedPersonOf(organiserAccountId);
		return proposals.submitted(eventId)
			.stream()
			.filter(row -> !conflicted(row, organiserAccountId, person))
			.map(row -> {
				McProposal proposal = proposers.view(row.id());
				List<McProposalReview> reviews = proposals.reviews(row.id());
				Double mean = reviews.isEmpty() ? null
						: reviews.stream().mapToInt(McProposalReview::score).average().orElseThrow();
				return new McProposalSummary(row.id(), proposal.text().title(), proposal.leadNames(), proposal.status(),
						proposal.pendingStatus(), reviews.size(), mean, row.submittedAt());
			})
			.toList();
	}

	/**
	 * A submitted proposal of the event, unless the organiser proposed it or is one of
	 * its leads-to-be; drafts are their proposers' alone.
	 */
	@Transactional(readOnly = true)
	public Optional<McProposal> find(long eventId, long id, long organiserAccountId) {
		return row(eventId, id, organiserAccountId).map(row -> proposers.view(id));
	}

	/** The version of the proposal's recorded decision, for the decision form. */
	@Transactional(readOnly = true)
	public int decisionVersion(long id) {
		return proposals.find(id).orElseThrow().decisionVersion();
	}

	@Transactional(readOnly = true)
	public List<McProposalReview> reviews(long id) {
		return proposals.reviews(id);
	}

	/**
	 * Saves the organiser's review of a proposal, a new one or an edit of theirs.
	 * @param version the version of their review the form showed, or {@code null} for a
	 * new one
	 * @throws InvalidFields if the score is not -2..+2 or the comment too long
	 * @throws OptimisticLockingFailureException if their review was saved since the form
	 * was opened
	 * @throws IllegalArgumentException if the account does not organise the event, or the
	 * event has no such submitted proposal, or the account proposes it or would lead it
	 * (the caller answers 404)
	 */
	@Transactional
	public McProposalReview review(long eventId, long id, long reviewerAccountId, String reviewerName, String score,
			String comment, Integer version) {
		requireOrganiser(reviewerAccountId, eventId);
		find(eventId, id, reviewerAccountId).orElseThrow(() -> new IllegalArgumentException("No proposal " + id));
		var checks = new FieldChecks();
		Integer value = checks.score("score", score, McProposalReview.MIN_SCORE, McProposalReview.MAX_SCORE);
		String text = checks.optionalText("comment", comment, McProposalReview.MAX_COMMENT_LENGTH);
		checks.throwIfAny();
		Optional<McProposalReview> before = proposals.reviews(id)
			.stream()
			.filter(review -> review.reviewerAccountId() == reviewerAccountId)
			.findFirst();
		Instant now = clock.instant();
		if (version == null) {
			if (before.isPresent()) {
				throw new OptimisticLockingFailureException(STALE_REVIEW);
			}
			try {
				proposals.insertReview(id, reviewerAccountId, reviewerName, value, text, now);
			}
			catch (DuplicateKeyException meanwhile) {
				throw new OptimisticLockingFailureException(STALE_REVIEW);
			}
		}
		else if (!proposals.updateReview(id, reviewerAccountId, reviewerName, value, text, now, version)) {
			throw new OptimisticLockingFailureException(STALE_REVIEW);
		}
		McProposalReview after = proposals.reviews(id)
			.stream()
			.filter(review -> review.reviewerAccountId() == reviewerAccountId)
			.findFirst()
			.orElseThrow();
		audit.record(new AuditEntry(eventId, reviewerAccountId, null, "mc-proposal", Long.toString(id), "review-saved",
				before.map(McProposalDecisions::review).orElse(null), review(after), null));
		return after;
	}

	/**
	 * Records a decision quietly: nobody but organisers sees it until it is announced. A
	 * second decision replaces the first; {@code null} clears it.
	 * @param version the {@link #decisionVersion} the page showed
	 * @throws McProposalRefusedException if the proposal is not proposed (a draft,
	 * withdrawn, or announced already)
	 * @throws OptimisticLockingFailureException if another organiser changed the decision
	 * since the page was opened
	 * @throws IllegalArgumentException if the account does not organise the event, the
	 * event has no such submitted proposal, the account proposes it or would lead it (the
	 * caller answers 404), or the decision is neither ACCEPTED nor REJECTED
	 */
	@Transactional
	public McProposal decide(long eventId, long id, McStatus decision, int version, long actorAccountId) {
		if (decision != null && decision != McStatus.ACCEPTED && decision != McStatus.REJECTED) {
			throw new IllegalArgumentException("A decision accepts or rejects, not " + decision);
		}
		requireOrganiser(actorAccountId, eventId);
		McProposal before = find(eventId, id, actorAccountId)
			.orElseThrow(() -> new IllegalArgumentException("No proposal " + id));
		if (before.status() != McStatus.PROPOSED) {
			throw new McProposalRefusedException(
					"This proposal is " + before.status().inWords().toLowerCase() + "; it cannot be decided now.");
		}
		if (!proposals.recordDecision(id, decision, actorAccountId, clock.instant(), version)) {
			throw new OptimisticLockingFailureException(STALE_DECISION);
		}
		audit.record(new AuditEntry(eventId, actorAccountId, null, "mc-proposal", Long.toString(id),
				"decision-recorded", decisionOf(before.pendingStatus()), decisionOf(decision), null));
		return proposers.view(id);
	}

	/**
	 * Announces recorded decisions: each proposal takes its decided state, each of its
	 * leads-to-be is mailed, and an accepted one is published under a slug from its title
	 * with its leads-to-be, in order, as its leads (which is the MC-lead right), and its
	 * typed key attendees as persons ({@link ProposedKeyAttendees}). An organiser who
	 * proposed a proposal or would lead it does not announce its decision, which waits
	 * for another organiser.
	 * @param onlyId one proposal, or {@code null} for every pending decision of the event
	 * @param siteUrl the installation's public address, for the links in the mail
	 * @return how many decisions were announced
	 * @throws IllegalArgumentException if the account does not organise the event, or
	 * {@code onlyId} is not a submitted proposal of the event they may decide (the caller
	 * answers 404)
	 */
	@Transactional
	public int announce(Event event, Long onlyId, long actorAccountId, String siteUrl) {
		requireOrganiser(actorAccountId, event.id());
		if (onlyId != null) {
			row(event.id(), onlyId, actorAccountId)
				.orElseThrow(() -> new IllegalArgumentException("No proposal " + onlyId));
		}
		proposals.lockCall(event.id());
		List<Long> pending = proposals.pendingIds(event.id())
			.stream()
			.filter(id -> onlyId == null || onlyId.equals(id))
			.filter(id -> row(event.id(), id, actorAccountId).isPresent())
			.toList();
		Instant now = clock.instant();
		int announced = 0;
		for (long id : pending) {
			McProposal before = proposers.view(id);
			McStatus outcome = before.pendingStatus();
			String slug = outcome == McStatus.ACCEPTED ? freeSlug(event.id(), before.text().title()) : before.slug();
			if (!proposals.announce(id, outcome, slug, now)) {
				continue;
			}
			announced++;
			if (outcome == McStatus.ACCEPTED) {
				proposals.copyLeads(id);
				keyAttendees.listAsPersons(event.id(), id, actorAccountId);
			}
			String link = outcome == McStatus.ACCEPTED ? siteUrl + "/" + event.slug() + "/microconferences/" + slug
					: siteUrl + "/account/proposals/" + id;
			for (LeadToBe lead : proposals.leads(id)) {
				mail.decision(event, id, outcome, before.text().title(), lead.person().nameAsWritten(), lead.email(),
						link);
			}
			McProposal after = proposers.view(id);
			audit.record(new AuditEntry(event.id(), actorAccountId, null, "mc-proposal", Long.toString(id),
					"decision-announced", McProposals.audited(before), McProposals.audited(after), null));
		}
		return announced;
	}

	private void requireOrganiser(long accountId, long eventId) {
		if (!authority.organises(accountId, eventId)) {
			throw new IllegalArgumentException("Account " + accountId + " does not organise event " + eventId);
		}
	}

	private Optional<ProposalRow> row(long eventId, long id, long organiserAccountId) {
		Optional<Long> person = authority.verifiedPersonOf(organiserAccountId);
		return proposals.find(id)
			.filter(row -> row.eventId() == eventId && row.status() != McStatus.DRAFT)
			.filter(row -> !conflicted(row, organiserAccountId, person));
	}

	/**
	 * Whether the account proposed the proposal or its person is one of its leads-to-be.
	 */
	private boolean conflicted(ProposalRow row, long accountId, Optional<Long> person) {
		return (row.proposedBy() != null && row.proposedBy() == accountId)
				|| person.filter(personId -> proposals.isLeadToBe(row.id(), personId)).isPresent();
	}

	/**
	 * A slug from the title ("Rust for Linux" → rust-for-linux), with a number after it
	 * if the event has one such MC or plain track already.
	 */
	private String freeSlug(long eventId, String title) {
		String base = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (base.length() > 56) {
			base = base.substring(0, 56).replaceAll("-+$", "");
		}
		if (base.isEmpty() || base.equals("propose")) {
			base = "mc";
		}
		String slug = base;
		for (int n = 2; proposals.slugTaken(eventId, slug) || trackSlugs.taken(eventId, slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private static Map<String, Object> window(McCall call) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("opensAt", call.opensAt().toString());
		fields.put("closesAt", call.closesAt().toString());
		return fields;
	}

	private static Map<String, Object> review(McProposalReview review) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("score", review.score());
		fields.put("comment", review.comment());
		return fields;
	}

	private static Map<String, Object> decisionOf(McStatus decision) {
		return decision == null ? null : Map.of("decision", decision.name());
	}

}
