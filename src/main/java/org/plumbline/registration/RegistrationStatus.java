package org.plumbline.registration;

/**
 * Where a registration stands (issue 13). A registration holds a place of its ticket type
 * while it is registered, awaiting payment or offered a place; it waits without one; the
 * ended states keep its history and let its account register again.
 */
public enum RegistrationStatus {

	REGISTERED("Registered", true, true), AWAITING_PAYMENT("Awaiting payment", true, true),
	WAITING("On the waiting list", false, true), OFFERED("Offered a place", true, true),
	CANCELLED("Cancelled", false, false), EXPIRED("Expired unpaid", false, false),
	OFFER_EXPIRED("Offer expired", false, false);

	private final String words;

	private final boolean holdsPlace;

	private final boolean active;

	RegistrationStatus(String words, boolean holdsPlace, boolean active) {
		this.words = words;
		this.holdsPlace = holdsPlace;
		this.active = active;
	}

	public String words() {
		return words;
	}

	/** Whether it counts against its ticket type's capacity. */
	public boolean holdsPlace() {
		return holdsPlace;
	}

	/** Whether it is its account's registration for the event, rather than history. */
	public boolean active() {
		return active;
	}

}
