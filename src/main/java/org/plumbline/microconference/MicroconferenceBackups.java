package org.plumbline.microconference;

import java.util.Map;

import org.plumbline.microconference.domain.ProposalRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What of an event's call for MCs its event data file does not carry yet: the file
 * carries the MCs, not the call's window nor the proposals' own records (who proposed,
 * the pending decision, leads-to-be, invitations, reviews).
 */
@Service
public class MicroconferenceBackups {

	private final ProposalRepository proposals;

	MicroconferenceBackups(ProposalRepository proposals) {
		this.proposals = proposals;
	}

	/**
	 * What of the event the event data file does not carry yet: a count per kind (a
	 * singular noun), zero included, in a fixed order.
	 */
	@Transactional(readOnly = true)
	public Map<String, Integer> notInEventFile(long eventId) {
		return proposals.notInEventFile(eventId);
	}

}
