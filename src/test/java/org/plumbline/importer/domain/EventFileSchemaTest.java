package org.plumbline.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plumbline.importer.EventFileProblem;
import org.springframework.core.io.ClassPathResource;

/**
 * Schema violations become problems in the file editor's terms, at the violating value's
 * line and column.
 */
class EventFileSchemaTest {

	private static final EventFileSchema SCHEMA = new EventFileSchema();

	@Test
	void theDemoEventIsValid() throws Exception {
		byte[] demo = new ClassPathResource("importer/lpc2023.json").getContentAsByteArray();

		assertThat(SCHEMA.check(LocatingJsonReader.read(demo))).isEmpty();
	}

	@Test
	void aMissingPropertyIsPlacedAtItsObjectAndNamed() {
		assertThat(check("""
				{
				  "format": "plumbline-event",
				  "formatVersion": 1
				}""")).containsExactly(new EventFileProblem("", 1, 1, "missing required property \"event\""));
	}

	@Test
	void aWrongTypeSaysWhatWasExpected() {
		assertThat(check(withRooms("[{ \"name\": \"Room 1\", \"capacity\": \"200\" }]")))
			.containsExactly(new EventFileProblem("/rooms/0/capacity", 4, 45, "must be an integer, not a string"));
	}

	@Test
	void aFailedPatternQuotesTheSchemasDescriptionOfTheField() {
		assertThat(check(withRooms("[{ \"name\": \" Room 1\", \"capacity\": 200 }]")))
			.containsExactly(new EventFileProblem("/rooms/0/name", 4, 23, "does not fit the rule for this field: "
					+ "a non-empty single line without leading or trailing white space."));
	}

	@Test
	void anEntryOfNoKnownFormIsOneProblemAndAnAlmostRightOneGetsItsOwn() {
		List<EventFileProblem> problems = check(withMicroconference("""
				[{ "kind": "TOPICS", "entries": [{ "item": "a", "paragraph": "b" }, { "item": 5 }] }]"""));

		assertThat(problems).extracting(EventFileProblem::pointer, EventFileProblem::message)
			.containsExactly(
					tuple("/microconferences/0/sections/0/entries/0",
							"has none of the allowed forms: one entry of a section: a paragraph, a list item, "
									+ "or a numbered reference."),
					tuple("/microconferences/0/sections/0/entries/1/item", "must be a string, not an integer"));
	}

	@Test
	void anUnknownStatusListsTheKnownOnes() {
		assertThat(check(withMicroconference("[]").replace("ACCEPTED", "DONE"))).singleElement()
			.satisfies(problem -> assertThat(problem.message())
				.isEqualTo("must be one of DRAFT, PROPOSED, ACCEPTED, REJECTED, WITHDRAWN"));
	}

	private static List<EventFileProblem> check(String json) {
		return SCHEMA.check(LocatingJsonReader.read(json.getBytes(StandardCharsets.UTF_8)));
	}

	private static String withRooms(String rooms) {
		return """
				{
				  "format": "plumbline-event", "formatVersion": 1,
				  "event": { "slug": "test", "name": "T", "startDate": "2024-01-01", "endDate": "2024-01-01", "timeZone": "UTC" },
				  "rooms": %s
				}"""
			.formatted(rooms);
	}

	private static String withMicroconference(String sections) {
		return withRooms("[]").replace("\"rooms\": []", """
				"microconferences": [{ "slug": "mc", "title": "MC", "status": "ACCEPTED", "sections": %s }]"""
			.formatted(sections));
	}

}
