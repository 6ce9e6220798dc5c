package org.plumbline.registration;

/**
 * One line of a bank statement, matched against the event's registrations.
 *
 * @param row its row in the file, counted from 1 as a spreadsheet shows it
 * @param text the text that carries the reference, as written
 * @param amount the amount as written, with the line's currency if the statement has one
 * @param date the date as written
 * @param reference the registration's reference the text names, or {@code null}
 * @param registrant whose registration it pays, when the reference is one of the event's
 * @param reason why it is not applied, or {@code null} for a clean match
 */
public record StatementLine(long row, String text, String amount, String date, String reference, String registrant,
		Outcome outcome, String reason) {

	/** What becomes of a line. */
	public enum Outcome {

		/** Its reference awaits exactly this amount: it is recorded as paid. */
		CLEAN("Payments to record"),
		/** This statement recorded it. */
		APPLIED("Recorded from this statement"),
		/** No registration of the event has its reference, or it names none. */
		UNKNOWN("Unknown references"),
		/** Its reference is on another line too, or was paid already. */
		DUPLICATE("Duplicates"),
		/** Less or more than is due, or another currency. */
		WRONG_AMOUNT("Wrong amounts"),
		/** Its registration is waiting, cancelled or expired, so nothing is due. */
		NOT_DUE("Nothing due");

		private final String heading;

		Outcome(String heading) {
			this.heading = heading;
		}

		public String heading() {
			return heading;
		}

	}

}
