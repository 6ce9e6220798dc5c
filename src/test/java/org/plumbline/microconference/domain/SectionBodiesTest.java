package org.plumbline.microconference.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plumbline.microconference.Microconference.SectionEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text a lead edits a section as gives back the entries it was made of, so that a
 * form saved untouched changes nothing, and reads the way the form's hint says.
 */
class SectionBodiesTest {

	@Test
	void everySectionOfTheDemoEventSurvivesFormattingAndParsingUnchanged() throws IOException {
		List<List<SectionEntry>> sections = demoSections();

		assertThat(sections).hasSizeGreaterThan(18);
		for (List<SectionEntry> entries : sections) {
			assertThat(SectionBodies.parse(SectionBodies.format(entries))).isEqualTo(entries);
		}
	}

	@Test
	void itemsSubitemsReferencesAndParagraphsReadAsTheHintSays() {
		String body = """
				Opening paragraph
				wrapped onto a second line.

				- first item
				- second item
				  - its subitem
				continued
				- third item

				[1] https://example.org/one
				[2] https://example.org/two

				Closing paragraph.""";

		assertThat(SectionBodies.parse(body)).containsExactly(
				SectionEntry.paragraph("Opening paragraph\nwrapped onto a second line."),
				SectionEntry.item("first item", List.of()),
				SectionEntry.item("second item", List.of("its subitem\ncontinued")),
				SectionEntry.item("third item", List.of()), SectionEntry.reference(1, "https://example.org/one"),
				SectionEntry.reference(2, "https://example.org/two"), SectionEntry.paragraph("Closing paragraph."));
	}

	@Test
	void windowsLineEndsTrailingSpacesAndExtraBlankLinesAddNothing() {
		assertThat(SectionBodies.parse("- one  \r\n- two\r\n\r\n\r\n\r\nText\r\n")).containsExactly(
				SectionEntry.item("one", List.of()), SectionEntry.item("two", List.of()),
				SectionEntry.paragraph("Text"));
		assertThat(SectionBodies.parse("  \n\n")).isEmpty();
		assertThat(SectionBodies.parse(null)).isEmpty();
	}

	@Test
	void aSubitemWithoutAnItemAboveIsAParagraph() {
		assertThat(SectionBodies.parse("  - lonely")).containsExactly(SectionEntry.paragraph("  - lonely"));
	}

	private static List<List<SectionEntry>> demoSections() throws IOException {
		JsonNode file;
		try (InputStream in = SectionBodiesTest.class.getResourceAsStream("/importer/lpc2023.json")) {
			file = JsonMapper.builder().build().readTree(in);
		}
		List<List<SectionEntry>> sections = new ArrayList<>();
		for (JsonNode mc : file.get("microconferences")) {
			for (JsonNode section : mc.path("sections")) {
				List<SectionEntry> entries = new ArrayList<>();
				for (JsonNode entry : section.path("entries")) {
					if (entry.has("paragraph")) {
						entries.add(SectionEntry.paragraph(entry.get("paragraph").asString()));
					}
					else if (entry.has("item")) {
						List<String> subitems = new ArrayList<>();
						entry.path("subitems").forEach(subitem -> subitems.add(subitem.asString()));
						entries.add(SectionEntry.item(entry.get("item").asString(), subitems));
					}
					else {
						entries
							.add(SectionEntry.reference(entry.get("reference").asInt(), entry.get("text").asString()));
					}
				}
				sections.add(entries);
			}
		}
		return sections;
	}

}
