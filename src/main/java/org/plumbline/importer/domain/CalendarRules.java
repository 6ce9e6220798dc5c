package org.plumbline.importer.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Every date, local date and time, and instant of a file is one the calendar has. The
 * schema's patterns state only their form, so "2024-02-30" or "2024-01-01T25:00:00Z" pass
 * them and would fail the import after its checks. The fields are found in the schema
 * (each property whose value is one of these definitions), so a field added to the format
 * is checked with no change here. Times of day need no check: their pattern admits real
 * ones only.
 */
final class CalendarRules {

	private static final String DEFINITIONS = "#/$defs/";

	/** The schema's definitions of a day or a moment, and how each is read. */
	private enum Form {

		DATE("date", "a date", LocalDate::parse),
		LOCAL_DATE_TIME("localDateTime", "a date and time", LocalDateTime::parse),
		INSTANT("instant", "an instant", Instant::parse);

		private final String definition;

		private final String words;

		private final Function<String, Temporal> reader;

		Form(String definition, String words, Function<String, Temporal> reader) {
			this.definition = definition;
			this.words = words;
			this.reader = reader;
		}

		static Form of(String definition) {
			for (Form form : values()) {
				if (form.definition.equals(definition)) {
					return form;
				}
			}
			return null;
		}

	}

	/**
	 * A field of a form: the property names from the root, {@code *} for each element of
	 * an array.
	 */
	private record Field(List<String> steps, Form form, Pattern pattern) {
	}

	private static final JsonNode SCHEMA = EventFileSchema.readSchemaTree();

	private static final List<Field> FIELDS = fields(SCHEMA, List.of(), new ArrayList<>());

	private static final Pattern DATE = pattern(Form.DATE);

	private static final Pattern INSTANT = pattern(Form.INSTANT);

	private CalendarRules() {
	}

	static void check(Findings findings) {
		for (Field field : FIELDS) {
			check(findings, findings.root(), "", field, 0);
		}
	}

	/**
	 * The date of a field of that form, or null when it is absent, of another form (the
	 * schema reports it) or not on the calendar ({@link #check} reports it).
	 */
	static LocalDate date(JsonNode node) {
		return (LocalDate) read(Form.DATE, DATE, Findings.text(node));
	}

	/** The instant of a field of that form, or null as for {@link #date}. */
	static Instant instant(JsonNode node) {
		return (Instant) read(Form.INSTANT, INSTANT, Findings.text(node));
	}

	private static void check(Findings findings, JsonNode node, String pointer, Field field, int step) {
		if (step == field.steps().size()) {
			String text = Findings.text(node);
			if (text != null && field.pattern().matcher(text).find() && onCalendar(field.form(), text) == null) {
				findings.add(pointer, "\"" + text + "\" is not " + field.form().words + " of the calendar");
			}
			return;
		}
		String name = field.steps().get(step);
		if (name.equals("*")) {
			List<JsonNode> elements = Findings.elements(node);
			for (int i = 0; i < elements.size(); i++) {
				check(findings, elements.get(i), JsonPointers.child(pointer, i), field, step + 1);
			}
		}
		else if (node.isObject() && node.has(name)) {
			check(findings, node.get(name), JsonPointers.child(pointer, name), field, step + 1);
		}
	}

	private static Temporal read(Form form, Pattern pattern, String text) {
		return text != null && pattern.matcher(text).find() ? onCalendar(form, text) : null;
	}

	/** The day or moment the text names, or null when the calendar has none such. */
	private static Temporal onCalendar(Form form, String text) {
		try {
			return form.reader.apply(text);
		}
		catch (DateTimeException notOnTheCalendar) {
			return null;
		}
	}

	/**
	 * The fields below a schema node, through its properties, array items, references to
	 * definitions and the branches of oneOf, anyOf and allOf.
	 */
	private static List<Field> fields(JsonNode node, List<String> steps, List<Field> found) {
		String ref = node.path("$ref").asString("");
		if (ref.startsWith(DEFINITIONS)) {
			String definition = ref.substring(DEFINITIONS.length());
			Form form = Form.of(definition);
			if (form != null) {
				found.add(new Field(steps, form, pattern(form)));
				return found;
			}
			fields(SCHEMA.path("$defs").path(definition), steps, found);
		}
		node.path("properties")
			.properties()
			.forEach(property -> fields(property.getValue(), with(steps, property.getKey()), found));
		if (node.path("items").isObject()) {
			fields(node.get("items"), with(steps, "*"), found);
		}
		for (String branches : List.of("oneOf", "anyOf", "allOf")) {
			node.path(branches).values().forEach(branch -> fields(branch, steps, found));
		}
		return found;
	}

	private static List<String> with(List<String> steps, String step) {
		List<String> longer = new ArrayList<>(steps);
		longer.add(step);
		return List.copyOf(longer);
	}

	private static Pattern pattern(Form form) {
		return Pattern.compile(SCHEMA.path("$defs").path(form.definition).path("pattern").asString());
	}

}
