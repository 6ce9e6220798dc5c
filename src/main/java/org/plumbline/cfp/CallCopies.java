package org.plumbline.cfp;

import org.plumbline.cfp.domain.CallCopyRepository;
import org.plumbline.copy.EventCopy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cfp feature's part of cloning an event: the calls' default settings, and the plain
 * tracks with their settings and questions, every date moved by the copy's weeks.
 */
@Service
public class CallCopies {

	private final CallCopyRepository calls;

	CallCopies(CallCopyRepository calls) {
		this.calls = calls;
	}

	/**
	 * Copies them into the copy's new event, counting "call settings", "plain tracks" and
	 * "plain tracks' questions", and naming each track's new id for the features that
	 * refer to tracks.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void copy(EventCopy copy) {
		copy.counted("call settings", calls.copyDefaults(copy) ? 1 : 0);
		copy.counted("plain tracks", calls.copyPlainTracks(copy));
		copy.counted("plain tracks' questions", calls.copyPlainTrackQuestions(copy));
	}

}
