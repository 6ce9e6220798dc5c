package org.plumbline.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;
import org.springframework.core.io.ClassPathResource;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The c3voc schemas the application ships (src/main/resources/schedule-formats, see their
 * SOURCES.md) and the examples beside them in the test resources, and ical4j's parser and
 * validator, as the tests check the exports against them.
 */
final class ScheduleFormats {

	private static final String FOLDER = "schedule-formats/";

	private static final Schema XSD = xsd();

	private static final com.networknt.schema.Schema JSON_SCHEMA = jsonSchema();

	private ScheduleFormats() {
	}

	/** What the XSD finds wrong with a document; an exception if anything. */
	static void validateXml(String xml) {
		try {
			XSD.newValidator().validate(new StreamSource(new StringReader(xml)));
		}
		catch (SAXException ex) {
			throw new AssertionError("schedule.xml.xsd refuses the export: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The violations of schema.json, in words; empty for a valid document. */
	static List<String> jsonViolations(String json) {
		return JSON_SCHEMA.validate(JsonMapper.shared().readTree(json)).stream().map(Error::toString).toList();
	}

	static JsonNode json(String json) {
		return JsonMapper.shared().readTree(json);
	}

	static String resource(String name) {
		try (InputStream in = new ClassPathResource(FOLDER + name).getInputStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The calendar as ical4j parses it back, after ical4j's own validation passes. */
	static Calendar calendar(String ics) {
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(new StringReader(ics));
		}
		catch (IOException | ParserException ex) {
			throw new AssertionError("ical4j cannot parse the calendar: " + ex.getMessage(), ex);
		}
		ValidationResult validation = calendar.validate();
		if (validation.hasErrors()) {
			throw new AssertionError("ical4j finds the calendar invalid: " + validation + "\n" + ics);
		}
		return calendar;
	}

	/** Every event of a c3voc JSON export, in time order. */
	static List<JsonNode> jsonEvents(String json) {
		List<JsonNode> events = new ArrayList<>();
		for (JsonNode day : json(json).get("schedule").get("conference").get("days")) {
			day.get("rooms").forEach(room -> room.forEach(events::add));
		}
		events.sort(Comparator
			.comparing((JsonNode event) -> OffsetDateTime.parse(event.get("date").asString()).toInstant()));
		return events;
	}

	private static Schema xsd() {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			return factory.newSchema(new StreamSource(new StringReader(resource("schedule.xml.xsd"))));
		}
		catch (SAXException ex) {
			throw new IllegalStateException("schedule.xml.xsd does not load", ex);
		}
	}

	/** Draft 6, as the schema declares, with formats (uuid, uri, date-time) asserted. */
	private static com.networknt.schema.Schema jsonSchema() {
		SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6,
				builder -> builder.schemaRegistryConfig(config));
		return registry.getSchema(JsonMapper.shared().readTree(resource("schema.json")));
	}

}
