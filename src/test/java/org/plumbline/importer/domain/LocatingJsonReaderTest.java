package org.plumbline.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.plumbline.importer.EventFileException;
import org.plumbline.importer.EventFileProblem;

class LocatingJsonReaderTest {

	private static final String DOCUMENT = """
			{
			  "event": {
			    "slug": "lpc2023",
			    "timeZone": "Mars/Olympus"
			  },
			  "rooms": [
			    { "name": "Room 1", "capacity": 200 },
			    { "name": "Room~/2", "capacity": 12.5 }
			  ]
			}
			""";

	@Test
	void recordsTheLineAndColumnWhereEachValueStarts() {
		LocatedJson json = LocatingJsonReader.read(bytes(DOCUMENT));

		assertThat(json.positionOf("")).isEqualTo(new Position(1, 1));
		assertThat(json.positionOf("/event")).isEqualTo(new Position(2, 12));
		assertThat(json.positionOf("/event/timeZone")).isEqualTo(new Position(4, 17));
		assertThat(json.positionOf("/rooms/1")).isEqualTo(new Position(8, 5));
		assertThat(json.positionOf("/rooms/1/capacity")).isEqualTo(new Position(8, 38));
	}

	@Test
	void buildsTheSameTreeAsThePlainParser() {
		LocatedJson json = LocatingJsonReader.read(bytes(DOCUMENT));

		assertThat(json.root().at("/rooms/0/capacity").intValue()).isEqualTo(200);
		assertThat(json.root().at("/rooms/1/capacity").decimalValue()).isEqualByComparingTo("12.5");
		assertThat(json.root().at("/event/slug").stringValue()).isEqualTo("lpc2023");
	}

	@Test
	void escapesPropertyNamesInPointersAsRfc6901Says() {
		LocatedJson json = LocatingJsonReader.read(bytes("{\n  \"a/b\": { \"c~d\": 1 }\n}"));

		assertThat(json.positions()).containsKey("/a~1b/c~0d");
		assertThat(json.positionOf("/a~1b/c~0d")).isEqualTo(new Position(2, 19));
	}

	@Test
	void placesAnAbsentValueAtItsNearestContainer() {
		LocatedJson json = LocatingJsonReader.read(bytes(DOCUMENT));

		assertThat(json.positionOf("/event/name")).isEqualTo(new Position(2, 12));
		assertThat(json.problem("/event/name", "missing").toString())
			.isEqualTo("/event/name (line 2, column 12): missing");
	}

	@Test
	void reportsMalformedJsonWithTheParsersLineAndColumn() {
		String missingComma = "{\n  \"rooms\": [\n    { \"name\": \"Room 1\" \"capacity\": 200 }\n  ]\n}";

		assertThatThrownBy(() -> LocatingJsonReader.read(bytes(missingComma))).isInstanceOfSatisfying(
				EventFileException.class, ex -> assertThat(ex.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.line()).isEqualTo(3);
					assertThat(problem.column()).isEqualTo(24);
					assertThat(problem.message()).startsWith("malformed JSON: ").doesNotContain("Source");
				}));
	}

	@Test
	void refusesAPropertyGivenTwiceInOneObject() {
		String twice = "{\n  \"name\": \"a\",\n  \"name\": \"b\"\n}";

		assertThatThrownBy(() -> LocatingJsonReader.read(bytes(twice))).isInstanceOfSatisfying(EventFileException.class,
				ex -> assertThat(ex.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.line()).isEqualTo(3);
					assertThat(problem.message()).contains("Duplicate").contains("name");
				}));
	}

	@Test
	void refusesAnEmptyFileAndTrailingContent() {
		assertThatThrownBy(() -> LocatingJsonReader.read(new byte[0])).isInstanceOfSatisfying(EventFileException.class,
				ex -> assertThat(ex.problems())
					.containsExactly(new EventFileProblem("", 1, 1, "the file is empty; expected a JSON object")));
		assertThatThrownBy(() -> LocatingJsonReader.read(bytes("{}\n{}")))
			.isInstanceOfSatisfying(EventFileException.class, ex -> assertThat(ex.problems()).singleElement()
				.satisfies(problem -> assertThat(problem.line()).isEqualTo(2)));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
