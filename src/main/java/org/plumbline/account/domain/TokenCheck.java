package org.plumbline.account.domain;

/**
 * What a mailed link's token turned out to be.
 *
 * @param outcome valid, or why not
 * @param accountId the account it was issued for, when valid
 */
public record TokenCheck(Outcome outcome, long accountId) {

	public enum Outcome {

		VALID, EXPIRED, USED, UNKNOWN

	}

	static TokenCheck valid(long accountId) {
		return new TokenCheck(Outcome.VALID, accountId);
	}

	static TokenCheck invalid(Outcome outcome) {
		return new TokenCheck(outcome, 0);
	}

	public boolean isValid() {
		return outcome == Outcome.VALID;
	}

}
