package org.plumbline.question;

/** What a question asks for: free text, one of listed options, or yes or no. */
public enum QuestionKind {

	TEXT("Text"), CHOICE("Choice of listed options"), BOOLEAN("Yes or no");

	private final String inWords;

	QuestionKind(String inWords) {
		this.inWords = inWords;
	}

	public String inWords() {
		return inWords;
	}

	/** The kind a form names, or {@code null} for anything else. */
	public static QuestionKind parse(String name) {
		for (QuestionKind kind : values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

}
