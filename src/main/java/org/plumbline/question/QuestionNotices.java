package org.plumbline.question;

/** What a question editor tells its user after a change. */
public final class QuestionNotices {

	private QuestionNotices() {
	}

	public static String added(Question question) {
		return "Added the question \"" + question.label() + "\".";
	}

	public static String saved(Question question) {
		return "Saved the question \"" + question.label() + "\".";
	}

	public static String moved(String direction) {
		return "Moved the question " + direction + ".";
	}

	public static String notMoved(String stale) {
		return stale + " Nothing was moved; look at the order again.";
	}

	/**
	 * @param keptWith where retired answers stay, such as "the answers topics gave stay
	 * with them"
	 */
	public static String removed(Question question, boolean deleted, String keptWith) {
		return deleted ? "Removed the question \"" + question.label() + "\"." : "Retired the question \""
				+ question.label() + "\": new forms no longer show it, and " + keptWith + ".";
	}

	public static String notRemoved(String stale) {
		return stale + " Nothing was removed; look at it again.";
	}

}
