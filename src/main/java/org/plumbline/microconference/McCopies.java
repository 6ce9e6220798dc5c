package org.plumbline.microconference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.copy.EventCopy;
import org.plumbline.copy.WeekShift;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.domain.MicroconferenceRepository;
import org.plumbline.microconference.domain.ProposalRepository;
import org.plumbline.microconference.domain.ProposalRepository.LeadToBe;
import org.plumbline.microconference.domain.ProposalRepository.ProposalRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The microconference feature's part of cloning an event: the Call for Microconferences'
 * window, and on request the accepted MCs as proposals of the new event, so that its call
 * can review them again. A proposal keeps the MC's text and its leads (the same persons,
 * under the names and addresses they proposed with); nothing else of the MC: no topics,
 * call, reviews, decision or passes.
 */
@Service
public class McCopies {

	private final ProposalRepository proposals;

	private final MicroconferenceRepository microconferences;

	private final McProposals views;

	private final AuditLog audit;

	McCopies(ProposalRepository proposals, MicroconferenceRepository microconferences, McProposals views,
			AuditLog audit) {
		this.proposals = proposals;
		this.microconferences = microconferences;
		this.views = views;
		this.audit = audit;
	}

	/** Copies the call's window, counted as "Call for Microconferences". */
	@Transactional(propagation = Propagation.MANDATORY)
	public void copyCall(EventCopy copy) {
		WeekShift shift = copy.shift();
		Optional<McCall> call = proposals.findCall(copy.fromEventId());
		call.ifPresent(window -> proposals.insertCall(copy.toEventId(),
				shift.instant("Call for Microconferences opens", window.opensAt()),
				shift.instant("Call for Microconferences closes", window.closesAt())));
		copy.counted("Call for Microconferences", call.isPresent() ? 1 : 0);
	}

	/**
	 * Proposes each accepted MC of the old event again in the new one, submitted now,
	 * counted as "MC proposals" with "MC proposal leads"; each is audited against the new
	 * event. An MC that went through the call keeps its proposer (none, if its own
	 * proposal had none) and its leads' addresses. One that never did (imported from a
	 * data file without its proposal, or made by the data generator) is proposed by
	 * nobody (an organiser who proposed an MC may not decide it, and the cloner must stay
	 * free to), with its leads at their verified addresses; one whose leads have none has
	 * nobody to write to and is counted under "accepted MCs whose leads have no address,
	 * not proposed again".
	 * @param leadAddress a person's verified address, if the person has an account
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void copyAcceptedAsProposals(EventCopy copy, Instant now, Function<Long, Optional<String>> leadAddress) {
		int copied = 0;
		int leads = 0;
		int unreachable = 0;
		for (Microconference mc : microconferences.findByEventAndStatus(copy.fromEventId(), McStatus.ACCEPTED)) {
			Optional<ProposalRow> proposal = proposals.find(mc.id());
			List<LeadToBe> leadsToBe = proposal.isPresent() ? proposals.leads(mc.id()) : List.of();
			Long proposer = proposal.isPresent() ? proposal.get().proposedBy() : null;
			if (leadsToBe.isEmpty()) {
				leadsToBe = reachable(mc, leadAddress);
			}
			if (leadsToBe.isEmpty()) {
				unreachable++;
				continue;
			}
			long id = propose(copy.toEventId(), mc);
			proposals.insertCopied(id, copy.toEventId(), proposer, now);
			for (LeadToBe lead : leadsToBe) {
				proposals.addLead(id, lead.person().personId(), lead.person().nameAsWritten(), lead.email());
			}
			audit.record(new AuditEntry(copy.toEventId(), copy.actorAccountId(), null, "mc-proposal", Long.toString(id),
					"copied", null, McProposals.audited(views.view(id)), null));
			copied++;
			leads += leadsToBe.size();
		}
		copy.counted("MC proposals", copied);
		copy.counted("MC proposal leads", leads);
		if (unreachable > 0) {
			copy.counted("accepted MCs whose leads have no address, not proposed again", unreachable);
		}
	}

	/** The MC's leads at their verified addresses, or none if any lead has no address. */
	private static List<LeadToBe> reachable(Microconference mc, Function<Long, Optional<String>> leadAddress) {
		List<LeadToBe> leads = new ArrayList<>();
		for (NamedPerson lead : mc.leads()) {
			Optional<String> address = leadAddress.apply(lead.personId());
			if (address.isEmpty()) {
				return List.of();
			}
			leads.add(new LeadToBe(lead, address.get()));
		}
		return leads;
	}

	private long propose(long eventId, Microconference mc) {
		McProposalText text = McProposals.textOf(mc);
		String slug = "proposal-" + UUID.randomUUID();
		microconferences.insert(eventId, UUID.randomUUID(),
				new NewMicroconference(null, slug, mc.title(), McStatus.PROPOSED, mc.description(),
						McProposals.sections(given(text.topics()), given(text.audience()), given(text.keyAttendees()),
								given(text.references())),
						List.of(), NewMicroconference.DEFAULT_LEADS_CAPTION, List.of()));
		return microconferences.findBySlug(eventId, slug).orElseThrow().id();
	}

	private static String given(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
