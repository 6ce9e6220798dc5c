package org.plumbline.mail;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.plumbline.mail.domain.TemplateText;

/**
 * The checks that keep every saved template renderable by every caller of its purpose,
 * and every caller's values complete.
 */
final class MailTemplateChecks {

	static final int MAX_SUBJECT_LENGTH = MailOutbox.MAX_SUBJECT_LENGTH;

	static final int MAX_BODY_LENGTH = 20_000;

	private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

	private MailTemplateChecks() {
	}

	/**
	 * Refuses values that miss a placeholder the purpose offers, or name one it does not:
	 * either is the caller's mistake.
	 */
	static void values(MailPurpose purpose, Map<String, String> values) {
		if (values == null) {
			throw new IllegalArgumentException("values must not be null");
		}
		Set<String> offered = purpose.sampleValues().keySet();
		List<String> missing = offered.stream().filter(name -> values.get(name) == null).toList();
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException(
					"mail " + purpose.key() + " needs a value for " + placeholders(missing) + " to render");
		}
		List<String> unknown = values.keySet().stream().filter(name -> !offered.contains(name)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("mail " + purpose.key() + " offers no placeholder "
					+ placeholders(unknown) + "; it offers " + placeholders(offered));
		}
	}

	static TemplateText subject(MailPurpose purpose, String subject) {
		TemplateText text = checked(purpose, "subject", subject, MAX_SUBJECT_LENGTH);
		if (subject.contains("\n") || subject.contains("\r")) {
			throw new InvalidTemplateException("subject", "must be one line");
		}
		return text;
	}

	static TemplateText body(MailPurpose purpose, String body) {
		return checked(purpose, "body", body, MAX_BODY_LENGTH);
	}

	private static TemplateText checked(MailPurpose purpose, String field, String text, int maxLength) {
		if (text == null || text.isBlank()) {
			throw new InvalidTemplateException(field, "must not be blank");
		}
		if (text.length() > maxLength) {
			throw new InvalidTemplateException(field,
					"must be at most " + maxLength + " characters, not " + text.length());
		}
		TemplateText compiled;
		try {
			compiled = TemplateText.compile(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidTemplateException(field, ex.getMessage());
		}
		Set<String> unknown = new LinkedHashSet<>(compiled.placeholders());
		unknown.removeAll(purpose.sampleValues().keySet());
		if (!unknown.isEmpty()) {
			throw new InvalidTemplateException(field,
					(unknown.size() == 1 ? "unknown placeholder " : "unknown placeholders ") + placeholders(unknown)
							+ "; this mail offers " + (purpose.sampleValues().isEmpty() ? "no placeholders"
									: placeholders(purpose.sampleValues().keySet())));
		}
		return compiled;
	}

	/**
	 * A rendered subject on one line (a value may hold a line break), cut to the longest
	 * subject the outbox takes.
	 */
	static String oneLine(String subject) {
		String line = LINE_BREAKS.matcher(subject).replaceAll(" ").strip();
		if (line.length() <= MAX_SUBJECT_LENGTH) {
			return line;
		}
		int end = MAX_SUBJECT_LENGTH - 1;
		if (Character.isHighSurrogate(line.charAt(end - 1))) {
			end--;
		}
		return line.substring(0, end) + "…";
	}

	static String placeholders(Collection<String> names) {
		return names.stream().map(name -> "{{" + name + "}}").collect(Collectors.joining(", "));
	}

}
