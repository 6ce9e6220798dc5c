package org.plumbline.importer.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.plumbline.event.EventCatalog;
import org.plumbline.importer.EventFileException;
import org.plumbline.importer.EventFileProblem;
import org.plumbline.mail.MailBackups;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.JsonNode;

/**
 * Finds every problem of a file before anything is written: JSON syntax, then the schema,
 * the rules the schema cannot state, and whether the event already exists. All problems
 * are reported together, in the order they appear in the file.
 */
@Component
public class EventFileValidator {

	private static final Comparator<EventFileProblem> IN_FILE_ORDER = Comparator.comparingInt(EventFileProblem::line)
		.thenComparingInt(EventFileProblem::column)
		.thenComparing(EventFileProblem::pointer)
		.thenComparing(EventFileProblem::message);

	/**
	 * Compiled on the first file checked, not at start: a restart that imports nothing
	 * does not pay for it.
	 */
	private final Supplier<EventFileSchema> schema = SingletonSupplier.of(EventFileSchema::new);

	private final EventCatalog events;

	private final MailBackups mail;

	EventFileValidator(EventCatalog events, MailBackups mail) {
		this.events = events;
		this.mail = mail;
	}

	/**
	 * @param replace whether an existing event with the file's slug may be overwritten
	 * @throws EventFileException with every problem found
	 */
	public EventFileContent validate(byte[] bytes, boolean replace) {
		LocatedJson json = LocatingJsonReader.read(bytes);
		Optional<EventFileProblem> notReadable = unreadableFormat(json);
		if (notReadable.isPresent()) {
			throw new EventFileException(notReadable.get());
		}
		Findings findings = new Findings(json);
		CalendarRules.check(findings);
		EventSpan event = EventRules.check(findings);
		MicroconferenceRules.check(findings);
		CallRules.check(findings);
		SettingsRules.check(findings, event);
		ProposalRules.check(findings);
		InvitationRules.check(findings);
		TopicRules.check(findings);
		AccountRules.check(findings);
		ReviewRules.check(findings);
		ConfirmationRules.check(findings);
		PassRules.check(findings);
		RegistrationRules.check(findings);
		WaitingListRules.check(findings);
		MaterialRules.check(findings);
		MaterialRules.checkRecordings(findings);
		BankStatementRules.check(findings);
		MailTemplateRules.check(findings, mail);
		AudienceRules.check(findings);
		TimetableRules.check(findings, event);
		SchedulerRules.check(findings);
		SolverRunRules.check(findings);
		TicketTypeRules.check(findings, event.zone());
		List<EventFileProblem> problems = merge(schema.get().check(json), findings.problems());
		String slug = Findings.text(json.root().path("event").get("slug"));
		boolean slugIsFine = slug != null && problems.stream().noneMatch(p -> p.pointer().equals("/event/slug"));
		if (slugIsFine && !replace && events.findBySlug(slug).isPresent()) {
			problems.add(json.problem("/event/slug",
					"event \"" + slug + "\" exists; import with --replace to overwrite it"));
		}
		if (!problems.isEmpty()) {
			problems.sort(IN_FILE_ORDER);
			throw new EventFileException(problems);
		}
		return EventFileParser.parse(json);
	}

	/**
	 * A file of another format, or of a later version of this one, would drown its one
	 * real problem in schema errors; it gets that one problem alone.
	 */
	private static Optional<EventFileProblem> unreadableFormat(LocatedJson json) {
		JsonNode root = json.root();
		if (!root.isObject()) {
			return Optional
				.of(json.problem("", "expected a JSON object with \"format\": \"" + EventFileFormat.FORMAT + "\""));
		}
		JsonNode format = root.get("format");
		if (format == null || !format.isString() || !format.stringValue().equals(EventFileFormat.FORMAT)) {
			String pointer = format == null ? "" : "/format";
			return Optional.of(json.problem(pointer,
					"not a Plumbline event data file: \"format\" must be \"" + EventFileFormat.FORMAT + "\""));
		}
		JsonNode version = root.get("formatVersion");
		if (version != null && version.isIntegralNumber() && version.asLong() > EventFileFormat.VERSION) {
			return Optional.of(json.problem("/formatVersion",
					"formatVersion " + version.asLong() + " is newer than this Plumbline reads (up to "
							+ EventFileFormat.VERSION + "); import it with a newer Plumbline"));
		}
		return Optional.empty();
	}

	/**
	 * Where a semantic check and the schema both object to one field, the semantic
	 * message wins: it says what the rule means ("reserved by Plumbline"), not which
	 * pattern failed.
	 */
	private static List<EventFileProblem> merge(List<EventFileProblem> schemaProblems,
			List<EventFileProblem> semanticProblems) {
		Set<String> explained = semanticProblems.stream().map(EventFileProblem::pointer).collect(Collectors.toSet());
		Set<EventFileProblem> merged = new LinkedHashSet<>(semanticProblems);
		schemaProblems.stream().filter(problem -> !explained.contains(problem.pointer())).forEach(merged::add);
		return new ArrayList<>(merged);
	}

}
