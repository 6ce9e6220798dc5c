package org.plumbline.schedule;

/**
 * A scheduler's solution made from a version of the draft that has changed since: its
 * moves would undo the changes made meanwhile, so it is neither shown nor applied.
 */
public class ProposalOutdatedException extends RuntimeException {

	public ProposalOutdatedException() {
		super("The draft timetable has changed since this problem was read: the proposal would undo those changes. "
				+ "Run the scheduler again on the draft as it is now.");
	}

	/** With words naming what changed. */
	public ProposalOutdatedException(String message) {
		super(message);
	}

}
