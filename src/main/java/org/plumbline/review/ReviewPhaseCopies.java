package org.plumbline.review;

import org.plumbline.copy.EventCopy;
import org.plumbline.review.domain.PhaseCopyRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review feature's part of cloning an event: its review phases, moved by the copy's
 * weeks. Reviews, scores and conflicts are personal and stay behind.
 */
@Service
public class ReviewPhaseCopies {

	private final PhaseCopyRepository phases;

	ReviewPhaseCopies(PhaseCopyRepository phases) {
		this.phases = phases;
	}

	/**
	 * Copies the default phase and the plain tracks' own, after the cfp feature copied
	 * the tracks; counts them as "review phases".
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void copy(EventCopy copy) {
		copy.counted("review phases", phases.copy(copy));
	}

}
