package org.plumbline.microconference;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventTimes;
import org.plumbline.microconference.McProposal.CoLeadInvitation;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconference.Section;
import org.plumbline.microconference.Microconference.SectionKind;
import org.plumbline.microconference.domain.MicroconferenceRepository;
import org.plumbline.microconference.domain.ProposalMail;
import org.plumbline.microconference.domain.ProposalRepository;
import org.plumbline.microconference.domain.ProposalRepository.LeadToBe;
import org.plumbline.microconference.domain.ProposalRepository.ProposalRow;
import org.plumbline.microconference.domain.SectionBodies;
import org.plumbline.microconference.domain.TypedKeyAttendees;
import org.plumbline.validation.FieldChecks;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Call for Microconferences as proposers use it: one method per change of a proposal
 * (DOMAIN.md, L1), each checking that the user is one of its leads-to-be, its state and
 * the call's window, then saving, auditing and queuing mail in one transaction (L16). A
 * proposal is a microconference row in DRAFT or PROPOSED, so its text is the MC model's.
 * Only its leads-to-be see it here; to anyone else it does not exist.
 */
@Service
public class McProposals {

	static final String STALE = "This proposal was changed elsewhere since you opened it.";

	/** As for topics: the form's UUID, nothing the database would refuse. */
	private static final Pattern SUBMISSION_KEY = Pattern.compile("[A-Za-z0-9-]{1,64}");

	static final String TOPICS_CAPTION = "Possible topics:";

	static final String AUDIENCE_CAPTION = "Audience:";

	static final String KEY_ATTENDEES_CAPTION = "Key attendees:";

	static final String REFERENCES_CAPTION = "References:";

	private final MicroconferenceRepository microconferences;

	private final ProposalRepository proposals;

	private final ProposalMail mail;

	private final EventCatalog events;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	McProposals(MicroconferenceRepository microconferences, ProposalRepository proposals, ProposalMail mail,
			EventCatalog events, AuditLog audit, Clock clock, PlatformTransactionManager transactionManager) {
		this.microconferences = microconferences;
		this.proposals = proposals;
		this.mail = mail;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	public Instant now() {
		return clock.instant();
	}

	@Transactional(readOnly = true)
	public Optional<McCall> call(long eventId) {
		return proposals.findCall(eventId);
	}

	/**
	 * The call's open path, for a link that depends on the clock only: present while the
	 * event's call is open.
	 */
	@Transactional(readOnly = true)
	public boolean isOpen(long eventId) {
		return proposals.findCall(eventId).filter(call -> call.isOpenAt(clock.instant())).isPresent();
	}

	/**
	 * Saves a new proposal, as a draft or submitted at once, with the proposer as its
	 * first lead-to-be. The form's one-time key makes a second click answer with the
	 * proposal the first created.
	 * @param siteUrl the installation's public address, for the link in the mail
	 * @throws IllegalArgumentException if the key is missing or malformed
	 * @throws McProposalRefusedException if the call is not open
	 * @throws org.plumbline.validation.InvalidFields for a missing or too long field
	 */
	public McProposal create(Event event, McProposer proposer, McProposalText text, String submissionKey,
			boolean submit, String siteUrl) {
		if (submissionKey == null || !SUBMISSION_KEY.matcher(submissionKey).matches()) {
			throw new IllegalArgumentException("The form's submission key is missing or malformed.");
		}
		try {
			return transaction.execute(status -> proposals.idBySubmissionKey(submissionKey, proposer.accountId())
				.map(this::view)
				.orElseGet(() -> createOnce(event, proposer, text, submissionKey, submit, siteUrl)));
		}
		catch (DuplicateKeyException secondClick) {
			return transaction
				.execute(status -> proposals.idBySubmissionKey(submissionKey, proposer.accountId()).map(this::view))
				.orElseThrow(() -> secondClick);
		}
	}

	private McProposal createOnce(Event event, McProposer proposer, McProposalText text, String submissionKey,
			boolean submit, String siteUrl) {
		McCall call = requireOpen(event);
		Checked checked = checked(text, submit);
		McStatus status = submit ? McStatus.PROPOSED : McStatus.DRAFT;
		String slug = "proposal-" + UUID.randomUUID();
		microconferences.insert(event.id(), UUID.randomUUID(),
				new NewMicroconference(null, slug, checked.title(), status, checked.description(), checked.sections(),
						List.of(), NewMicroconference.DEFAULT_LEADS_CAPTION, List.of()));
		long id = microconferences.findBySlug(event.id(), slug).orElseThrow().id();
		Instant now = clock.instant();
		proposals.insert(id, event.id(), proposer.accountId(), submissionKey, now, submit);
		proposals.addLead(id, proposer.personId(), proposer.name(), proposer.email());
		McProposal saved = view(id);
		audit.record(new AuditEntry(event.id(), proposer.accountId(), null, "mc-proposal", Long.toString(id),
				submit ? "submitted" : "drafted", null, audited(saved), null));
		if (submit) {
			mailReceived(event, saved, proposer, call, siteUrl);
		}
		return saved;
	}

	/**
	 * Saves a lead-to-be's edits in the state the proposal is in.
	 * @throws McProposalRefusedException if the call is closed or the proposal is no
	 * longer a draft or proposed
	 * @throws OptimisticLockingFailureException if it was changed since the form was
	 * opened
	 * @throws org.plumbline.validation.InvalidFields as for {@link #create}
	 */
	@Transactional
	public McProposal edit(McProposer proposer, long id, int version, McProposalText text) {
		McProposal before = changeable(proposer, id);
		Checked checked = checked(text, before.status() == McStatus.PROPOSED);
		saveText(id, version, checked);
		proposals.touch(id, clock.instant(), false);
		McProposal after = view(id);
		audit.record(new AuditEntry(before.eventId(), proposer.accountId(), null, "mc-proposal", Long.toString(id),
				"edited", audited(before), audited(after), null));
		return after;
	}

	/**
	 * Submits a draft with the text of the form: DRAFT → PROPOSED, and mails the proposer
	 * that it was received.
	 * @throws McProposalRefusedException if the call is closed or it is not a draft
	 * @throws OptimisticLockingFailureException if it was changed since the form was
	 * opened
	 */
	@Transactional
	public McProposal submit(McProposer proposer, long id, int version, McProposalText text, String siteUrl) {
		McProposal before = changeable(proposer, id);
		if (before.status() != McStatus.DRAFT) {
			throw new McProposalRefusedException("This proposal is submitted already.");
		}
		Checked checked = checked(text, true);
		saveText(id, version, checked);
		if (!proposals.updateStatus(id, McStatus.PROPOSED, version + 1)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		proposals.touch(id, clock.instant(), true);
		McProposal after = view(id);
		audit.record(new AuditEntry(before.eventId(), proposer.accountId(), null, "mc-proposal", Long.toString(id),
				"submitted", audited(before), audited(after), null));
		Event event = events.findById(before.eventId()).orElseThrow();
		mailReceived(event, after, proposer, proposals.findCall(event.id()).orElseThrow(), siteUrl);
		return after;
	}

	/**
	 * Withdraws a draft or a proposed MC, for good.
	 * @throws McProposalRefusedException if the call is closed or it can no longer change
	 * @throws OptimisticLockingFailureException if it was changed since the page was
	 * opened
	 */
	@Transactional
	public McProposal withdraw(McProposer proposer, long id, int version) {
		McProposal before = changeable(proposer, id);
		if (!proposals.updateStatus(id, McStatus.WITHDRAWN, version)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		proposals.touch(id, clock.instant(), false);
		McProposal after = view(id);
		audit.record(new AuditEntry(before.eventId(), proposer.accountId(), null, "mc-proposal", Long.toString(id),
				"withdrawn", audited(before), audited(after), null));
		return after;
	}

	/** A proposal, if the person is one of its leads-to-be; empty for anyone else. */
	@Transactional(readOnly = true)
	public Optional<McProposal> find(long personId, long id) {
		return proposals.find(id).filter(row -> proposals.isLeadToBe(id, personId)).map(row -> view(id));
	}

	/** The proposals the person is a lead-to-be of, newest first. */
	@Transactional(readOnly = true)
	public List<McProposal> ledBy(long personId) {
		return proposals.idsLedBy(personId).stream().map(this::view).toList();
	}

	/**
	 * The proposal, if the user may change it now.
	 * @throws IllegalArgumentException if it is not theirs (the caller answers 404)
	 */
	McProposal changeable(McProposer proposer, long id) {
		McProposal proposal = find(proposer.personId(), id)
			.orElseThrow(() -> new IllegalArgumentException("No proposal " + id + " of " + proposer.accountId()));
		if (!proposal.leadsMayChange()) {
			throw new McProposalRefusedException(
					"This proposal is " + proposal.status().inWords().toLowerCase() + "; it can no longer be changed.");
		}
		requireOpen(events.findById(proposal.eventId()).orElseThrow());
		return proposal;
	}

	private McCall requireOpen(Event event) {
		McCall call = proposals.findCall(event.id()).orElseThrow(() -> new McProposalRefusedException(McCall.none()));
		String refusal = call.refusal(clock.instant(), event.timeZone());
		if (refusal != null) {
			throw new McProposalRefusedException(refusal);
		}
		return call;
	}

	private void saveText(long id, int version, Checked checked) {
		if (!microconferences.updateText(id, version, checked.description(), checked.sections(), List.of())) {
			throw new OptimisticLockingFailureException(STALE);
		}
		proposals.updateTitle(id, checked.title());
	}

	private void mailReceived(Event event, McProposal proposal, McProposer proposer, McCall call, String siteUrl) {
		mail.received(event, proposal.id(), proposal.text().title(), proposer.name(), proposer.email(),
				siteUrl + "/account/proposals/" + proposal.id(), EventTimes.shown(call.closesAt(), event.timeZone()));
	}

	/**
	 * The form's text, checked: a proposed MC needs a description, a draft only a title.
	 */
	private static Checked checked(McProposalText text, boolean complete) {
		var checks = new FieldChecks();
		String title = checks.requiredLine("title", text.title(), McProposalText.MAX_TITLE_LENGTH);
		String description = complete
				? checks.requiredText("description", text.description(), McTextEdit.MAX_DESCRIPTION_LENGTH)
				: checks.optionalText("description", text.description(), McTextEdit.MAX_DESCRIPTION_LENGTH);
		String topics = checks.optionalText("topics", text.topics(), McTextEdit.MAX_BODY_LENGTH);
		String audience = checks.optionalText("audience", text.audience(), McTextEdit.MAX_BODY_LENGTH);
		String keyAttendees = checks.optionalText("keyAttendees", text.keyAttendees(), McTextEdit.MAX_BODY_LENGTH);
		if (keyAttendees != null) {
			checks.check("keyAttendees", TypedKeyAttendees.parse(SectionBodies.parse(keyAttendees)).problem());
		}
		String references = checks.optionalText("references", text.references(), McTextEdit.MAX_BODY_LENGTH);
		int total = length(title) + length(description) + length(topics) + length(audience) + length(keyAttendees)
				+ length(references);
		if (total > McTextEdit.MAX_TOTAL_LENGTH) {
			checks.check("description", Optional.of("At most " + McTextEdit.MAX_TOTAL_LENGTH
					+ " characters fit in all fields together; these have " + total + "."));
		}
		checks.throwIfAny();
		return new Checked(title, description == null ? "" : description,
				sections(topics, audience, keyAttendees, references));
	}

	/**
	 * A proposal's sections as its form stores them, each text {@code null} for none: the
	 * key attendees as typed, to become persons when it is accepted.
	 */
	static List<Section> sections(String topics, String audience, String keyAttendees, String references) {
		List<Section> sections = new ArrayList<>();
		section(sections, SectionKind.TOPICS, TOPICS_CAPTION, topics);
		section(sections, SectionKind.AUDIENCE, AUDIENCE_CAPTION, audience);
		section(sections, SectionKind.TEXT, KEY_ATTENDEES_CAPTION, keyAttendees);
		section(sections, SectionKind.REFERENCES, REFERENCES_CAPTION, references);
		return sections;
	}

	private static void section(List<Section> sections, SectionKind kind, String caption, String body) {
		if (body != null) {
			sections.add(new Section(kind, caption, SectionBodies.parse(body)));
		}
	}

	private static int length(String text) {
		return text == null ? 0 : text.codePointCount(0, text.length());
	}

	/** The proposal's text as its form shows it, read back from the MC's sections. */
	static McProposalText textOf(Microconference mc) {
		String keyAttendees = mc.keyAttendees().isEmpty() ? body(mc, KEY_ATTENDEES_CAPTION)
				: mc.keyAttendees()
					.stream()
					.map(attendee -> "- " + attendee.asWritten())
					.collect(Collectors.joining("\n"));
		return new McProposalText(mc.title(), mc.description(), body(mc, TOPICS_CAPTION), body(mc, AUDIENCE_CAPTION),
				keyAttendees, body(mc, REFERENCES_CAPTION));
	}

	private static String body(Microconference mc, String caption) {
		return mc.sections()
			.stream()
			.filter(section -> caption.equals(section.caption()))
			.findFirst()
			.map(section -> SectionBodies.format(section.entries()))
			.orElse("");
	}

	McProposal view(long id) {
		ProposalRow row = proposals.find(id).orElseThrow();
		Microconference mc = microconferences.findById(id).orElseThrow();
		List<NamedPerson> leads = proposals.leads(id).stream().map(LeadToBe::person).toList();
		Instant now = clock.instant();
		List<CoLeadInvitation> invitations = proposals.invitations(id)
			.stream()
			.map(invitation -> new CoLeadInvitation(invitation.id(), invitation.email(),
					McCoLeadInvitations.state(invitation, now), invitation.createdAt()))
			.toList();
		return new McProposal(id, row.eventId(), mc.slug(), mc.status(), row.pendingStatus(), textOf(mc), leads,
				invitations, row.createdAt(), row.submittedAt(), mc.version());
	}

	static Map<String, Object> audited(McProposal proposal) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("status", proposal.status().name());
		fields.put("title", proposal.text().title());
		fields.put("description", proposal.text().description());
		fields.put("topics", proposal.text().topics());
		fields.put("audience", proposal.text().audience());
		fields.put("keyAttendees", proposal.text().keyAttendees());
		fields.put("references", proposal.text().references());
		fields.put("leads", proposal.leadNames());
		return fields;
	}

	private record Checked(String title, String description, List<Section> sections) {
	}

}
