package org.plumbline.schedule;

/**
 * Where a solver run stands. A run is queued, claimed by one instance (running), then
 * ends finished (its time was up), stopped (an organiser stopped it, or stopped it before
 * any instance claimed it, or the instance running it shut down) or failed; a finished or
 * stopped run with a result is then applied to the draft or discarded.
 */
public enum RunState {

	QUEUED, RUNNING, FINISHED, STOPPED, FAILED, APPLIED, DISCARDED;

	/** Whether the run still holds the event's one place for a run that is going. */
	public boolean going() {
		return this == QUEUED || this == RUNNING;
	}

	/** Whether its result may still be applied or discarded. */
	public boolean awaitsDecision() {
		return this == FINISHED || this == STOPPED;
	}

}
