package org.plumbline.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.plumbline.validation.FieldChecks;

/**
 * The rules of questions and answers, the same for every owner: what a question may be,
 * and which answers a form accepts. Problems are told beside their field, by the names
 * the question editor and {@code question/inputs.jte} use.
 */
public final class QuestionForms {

	public static final int MAX_LABEL_LENGTH = 200;

	public static final int MAX_HELP_LENGTH = 1000;

	public static final int MAX_OPTIONS = 20;

	public static final int MAX_OPTION_LENGTH = 200;

	public static final int MAX_TEXT_ANSWER_LENGTH = 2000;

	/** What a yes-or-no question stores for yes. */
	public static final String YES = "yes";

	/** What a yes-or-no question stores for no. */
	public static final String NO = "no";

	private QuestionForms() {
	}

	/**
	 * A question as typed into the editor: fields {@code kind}, {@code label},
	 * {@code help} and {@code options} (one per line, for a choice only).
	 * @throws org.plumbline.validation.InvalidFields for an unknown kind, a missing or
	 * too long label, help or option, a choice with fewer than two options or the same
	 * option twice, or options on a question that is not a choice
	 */
	public static QuestionDefinition definition(String kindName, String label, String help, String options,
			boolean required) {
		FieldChecks checks = new FieldChecks();
		QuestionKind kind = QuestionKind.parse(kindName);
		if (kind == null) {
			checks.check("kind", Optional.of("Choose what the question asks for."));
		}
		String checkedLabel = checks.requiredText("label", label, MAX_LABEL_LENGTH);
		String checkedHelp = checks.optionalText("help", help, MAX_HELP_LENGTH);
		String typed = checks.optionalText("options", options, MAX_OPTIONS * (MAX_OPTION_LENGTH + 1));
		List<String> listed = new ArrayList<>();
		if (typed != null) {
			for (String line : typed.split("\n")) {
				if (!line.isBlank()) {
					listed.add(line.strip());
				}
			}
		}
		checks.check("options", optionsProblem(kind, listed));
		checks.throwIfAny();
		return new QuestionDefinition(kind, checkedLabel, checkedHelp, kind == QuestionKind.CHOICE ? listed : List.of(),
				required);
	}

	private static Optional<String> optionsProblem(QuestionKind kind, List<String> options) {
		if (kind != QuestionKind.CHOICE) {
			return options.isEmpty() || kind == null ? Optional.empty()
					: Optional.of("Only a choice lists options; leave this empty or make the question a choice.");
		}
		if (options.size() < 2) {
			return Optional.of("List at least two options, one per line.");
		}
		if (options.size() > MAX_OPTIONS) {
			return Optional.of("At most " + MAX_OPTIONS + " options; this lists " + options.size() + ".");
		}
		Set<String> seen = new HashSet<>();
		for (String option : options) {
			if (option.codePointCount(0, option.length()) > MAX_OPTION_LENGTH) {
				return Optional.of("An option has at most " + MAX_OPTION_LENGTH + " characters: " + option);
			}
			if (!seen.add(option)) {
				return Optional.of("The option \"" + option + "\" is listed twice.");
			}
		}
		return Optional.empty();
	}

	/**
	 * The answers a form sends to the questions shown in it, checked into {@code checks}
	 * under each question's {@link Question#field}: a text without control characters and
	 * within {@link #MAX_TEXT_ANSWER_LENGTH}, one of a choice's options, yes or no.
	 * Retired questions are skipped: no new form shows them.
	 * @param typed the form's fields by name; others than the answers' are ignored
	 * @param complete whether required questions must be answered (a draft may leave
	 * them)
	 * @return question id to answer, for the questions answered
	 */
	public static Map<Long, String> answers(List<Question> questions, Map<String, String> typed, boolean complete,
			FieldChecks checks) {
		Map<Long, String> answers = new LinkedHashMap<>();
		for (Question question : questions) {
			if (question.retired()) {
				continue;
			}
			String answer = switch (question.kind()) {
				case TEXT -> checks.optionalText(question.field(), typed.get(question.field()), MAX_TEXT_ANSWER_LENGTH);
				case CHOICE -> listed(question, typed.get(question.field()), question.options(), checks);
				case BOOLEAN -> listed(question, typed.get(question.field()), List.of(YES, NO), checks);
			};
			if (answer != null) {
				answers.put(question.id(), answer);
			}
			else if (complete && question.required()) {
				checks.check(question.field(), Optional.of("Please answer this question; it is required."));
			}
		}
		return answers;
	}

	private static String listed(Question question, String typed, List<String> allowed, FieldChecks checks) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		if (!allowed.contains(typed)) {
			checks.check(question.field(), Optional.of("Choose one of the options listed."));
			return null;
		}
		return typed;
	}

	/** An answer as a page shows it: yes or no in words, anything else as stored. */
	public static String shown(Question question, String answer) {
		if (answer == null) {
			return "not answered";
		}
		if (question.kind() == QuestionKind.BOOLEAN) {
			return YES.equals(answer) ? "Yes" : "No";
		}
		return answer;
	}

}
