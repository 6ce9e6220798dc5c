package org.plumbline.registration.web;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.registration.BankStatement;
import org.plumbline.registration.BankStatements.Sample;
import org.plumbline.registration.ColumnMapping.DateFormat;
import org.plumbline.registration.ColumnMapping.Separator;
import org.plumbline.registration.StatementLine;
import org.plumbline.registration.StatementLine.Outcome;
import org.plumbline.validation.FormErrors;

/**
 * A bank statement's page: its first rows, the form that maps its columns, and, once
 * mapped, every line's match with the form that applies the clean ones.
 *
 * @param lines the lines matched through the form's mapping, or empty before a mapping
 * the file fits
 */
public record StatementPage(Event event, BankStatement statement, Sample sample, StatementForm form, FormErrors errors,
		List<StatementLine> lines) {

	public String shown(Instant instant) {
		return EventTimes.shown(instant, event.timeZone());
	}

	public String path() {
		return "/manage/" + event.slug() + "/registration/statements/" + statement.id();
	}

	public List<Separator> separators() {
		return List.of(Separator.values());
	}

	public List<DateFormat> dateFormats() {
		return List.of(DateFormat.values());
	}

	/** The columns to choose from, named by the first row's cells. */
	public List<String> columnNames() {
		List<String> first = sample.rows().isEmpty() ? List.of() : sample.rows().get(0);
		return IntStream.rangeClosed(1, sample.columns())
			.mapToObj(column -> column
					+ (column <= first.size() && !first.get(column - 1).isBlank() ? ": " + first.get(column - 1) : ""))
			.toList();
	}

	public List<StatementLine> linesOf(Outcome outcome) {
		return lines.stream().filter(line -> line.outcome() == outcome).toList();
	}

	/** The outcomes the matching has lines of, the clean ones first. */
	public List<Outcome> outcomes() {
		return List.of(Outcome.values()).stream().filter(outcome -> !linesOf(outcome).isEmpty()).toList();
	}

	public boolean mayApply() {
		return !statement.applied() && !linesOf(Outcome.CLEAN).isEmpty();
	}

}
