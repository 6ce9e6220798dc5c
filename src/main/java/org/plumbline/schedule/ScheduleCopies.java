package org.plumbline.schedule;

import org.plumbline.copy.EventCopy;
import org.plumbline.schedule.domain.ScheduleCopyRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedule feature's part of cloning an event: the timetable conflict policies with
 * the release switch, and the scheduler's weights. The timetable itself stays behind.
 */
@Service
public class ScheduleCopies {

	private final ScheduleCopyRepository schedule;

	ScheduleCopies(ScheduleCopyRepository schedule) {
		this.schedule = schedule;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void copy(EventCopy copy) {
		copy.counted("conflict policies", schedule.copyPolicies(copy.fromEventId(), copy.toEventId()));
		copy.counted("scheduler weights", schedule.copyWeights(copy.fromEventId(), copy.toEventId()));
	}

}
