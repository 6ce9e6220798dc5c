package org.plumbline.registration.domain;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.plumbline.event.EventTimes;
import org.plumbline.registration.Prices;
import org.plumbline.registration.Registration;
import org.plumbline.registration.RegistrationStatus;
import org.plumbline.registration.StatementLine;
import org.plumbline.registration.StatementLine.Outcome;
import org.plumbline.registration.domain.StatementReader.ReadLine;

/**
 * Matches a statement's lines with the event's registrations by the reference each line's
 * text names (as written, without its hyphen, or in lower case). Only a line whose
 * reference is on no other line and awaits exactly its amount is clean; every other line
 * says why it is listed apart.
 */
public final class StatementMatcher {

	/** {@link References}' shape, hyphen optional, not inside a longer word. */
	private static final Pattern REFERENCE = Pattern
		.compile("(?<![0-9A-Z])([0-9A-HJKMNP-TV-Z]{4})(-?)([0-9A-HJKMNP-TV-Z]{4})(?![0-9A-Z])");

	private StatementMatcher() {
	}

	/**
	 * A registration as a statement line may name it: with its holder's name, and the
	 * statement that recorded its payment, if one did.
	 */
	public record Referenced(Registration registration, String name, Long paidByStatementId) {
	}

	/**
	 * @param registrations the event's registrations by reference
	 * @param statementId the statement the lines are of
	 */
	public static List<StatementLine> match(List<ReadLine> lines, Map<String, Referenced> registrations,
			long statementId, ZoneId zone) {
		Map<String, List<Long>> rowsOf = new TreeMap<>();
		List<Named> named = new ArrayList<>();
		for (ReadLine line : lines) {
			Named reference = named(line, registrations);
			named.add(reference);
			if (reference.known() != null) {
				rowsOf.computeIfAbsent(reference.known(), key -> new ArrayList<>()).add(line.row());
			}
		}
		List<StatementLine> matched = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			ReadLine line = lines.get(i);
			Named reference = named.get(i);
			String amount = line.amountWritten() + (line.currency() == null ? "" : " " + line.currency());
			if (reference.known() == null) {
				matched.add(new StatementLine(line.row(), line.text(), amount, line.dateWritten(), null, null,
						Outcome.UNKNOWN, reference.whyUnknown()));
				continue;
			}
			Referenced referenced = registrations.get(reference.known());
			Verdict verdict = verdict(line, referenced, rowsOf.get(reference.known()), statementId, zone);
			matched.add(new StatementLine(line.row(), line.text(), amount, line.dateWritten(), reference.known(),
					referenced.name(), verdict.outcome(), verdict.reason()));
		}
		return matched;
	}

	private record Named(String known, String whyUnknown) {
	}

	private record Verdict(Outcome outcome, String reason) {
	}

	private static Named named(ReadLine line, Map<String, Referenced> registrations) {
		Set<String> candidates = new LinkedHashSet<>();
		boolean lookLikeReferences = false;
		Matcher found = REFERENCE.matcher(line.text().toUpperCase(Locale.ROOT));
		while (found.find()) {
			String candidate = found.group(1) + "-" + found.group(3);
			candidates.add(candidate);
			lookLikeReferences |= !found.group(2).isEmpty() || candidate.chars().anyMatch(Character::isDigit);
		}
		List<String> known = candidates.stream().filter(registrations::containsKey).toList();
		if (known.size() == 1) {
			return new Named(known.get(0), null);
		}
		if (known.size() > 1) {
			return new Named(null,
					"It names " + known.size() + " references (" + String.join(", ", known) + "): record it by hand.");
		}
		if (lookLikeReferences) {
			return new Named(null,
					"No registration of this event has the reference " + candidates.stream()
						.filter(c -> c.chars().anyMatch(Character::isDigit))
						.findFirst()
						.orElse(candidates.iterator().next()) + ".");
		}
		return new Named(null, "Its text names no reference.");
	}

	private static Verdict verdict(ReadLine line, Referenced referenced, List<Long> rows, long statementId,
			ZoneId zone) {
		Registration registration = referenced.registration();
		if (rows.size() > 1) {
			return new Verdict(Outcome.DUPLICATE, "Its reference is on rows "
					+ rows.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".");
		}
		if (referenced.paidByStatementId() != null && referenced.paidByStatementId() == statementId) {
			return new Verdict(Outcome.APPLIED, "Recorded as paid from this statement.");
		}
		if (registration.paidAt() != null) {
			return new Verdict(Outcome.DUPLICATE,
					"It was paid already: recorded " + EventTimes.shown(registration.paidAt(), zone) + ".");
		}
		if (registration.status() != RegistrationStatus.AWAITING_PAYMENT) {
			return new Verdict(Outcome.NOT_DUE, "The registration is "
					+ registration.status().words().toLowerCase(Locale.ROOT) + ", so nothing is due.");
		}
		String due = registration.priceShown();
		if (line.currency() != null && !line.currency().equals(registration.currency())) {
			return new Verdict(Outcome.WRONG_AMOUNT, "It pays in " + line.currency() + "; " + due + " is due.");
		}
		Optional<Long> paid = Amounts.minor(line.amount(), registration.currency());
		if (paid.isEmpty() || paid.get() != registration.priceMinor()) {
			String paidShown = paid.map(minor -> Prices.amount(minor, registration.currency()))
				.orElse(line.amountWritten());
			BigDecimal dueAmount = BigDecimal.valueOf(registration.priceMinor())
				.movePointLeft(Currency.getInstance(registration.currency()).getDefaultFractionDigits());
			boolean less = line.amount().compareTo(dueAmount) < 0;
			return new Verdict(Outcome.WRONG_AMOUNT, "It pays " + paidShown + " " + registration.currency() + ", "
					+ (less ? "less" : "more") + " than the " + due + " due.");
		}
		return new Verdict(Outcome.CLEAN, null);
	}

}
