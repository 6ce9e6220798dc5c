package org.plumbline.registration;

/**
 * Which of an event's registrations the organisers' list shows, in which order, and which
 * page of them.
 *
 * @param status only those in this state, or {@code null} for all
 * @param ticketTypeId only those for this ticket type, or {@code null} for all
 * @param text only those whose reference, attendee's name or address contains it,
 * ignoring case; {@code null} for all
 * @param page the page, from 1
 */
public record RegistrationQuery(RegistrationStatus status, Long ticketTypeId, String text, Order order, int page) {

	public RegistrationQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		if (page < 1) {
			throw new IllegalArgumentException("pages count from 1, not " + page);
		}
	}

	/** The orders the list offers. */
	public enum Order {

		CREATED("Newest first"), ARRIVAL("By ticket type, in order of arrival");

		private final String words;

		Order(String words) {
			this.words = words;
		}

		public String words() {
			return words;
		}

	}

}
