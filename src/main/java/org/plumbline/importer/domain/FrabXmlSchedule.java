package org.plumbline.importer.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.plumbline.importer.EventFileException;
import org.plumbline.importer.EventFileProblem;
import org.plumbline.importer.domain.ScheduleContent.ScheduleLink;
import org.plumbline.importer.domain.XmlTree.Element;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads frab/c3voc schedule XML, checking it against the format's XSD
 * ({@code schedule-formats/schedule.xml.xsd}): each rule the file breaks is a warning at
 * its line, and whatever can still be read is imported.
 */
@Component
class FrabXmlSchedule {

	static final String FORMAT = "frab schedule XML";

	static final String XSD_RESOURCE = "schedule-formats/schedule.xml.xsd";

	/** Compiled on the first file read, not at start. */
	private final Supplier<Schema> xsd = SingletonSupplier.of(FrabXmlSchedule::compileXsd);

	private static Schema compileXsd() {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			URL resource = new ClassPathResource(XSD_RESOURCE).getURL();
			return factory.newSchema(resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The frab schedule XSD is missing from the classpath", ex);
		}
		catch (SAXException ex) {
			throw new IllegalStateException("The frab schedule XSD does not load", ex);
		}
	}

	/**
	 * @throws EventFileException if the bytes are not well-formed XML, declare a document
	 * type, have another root than {@code schedule}, or name a time zone that does not
	 * exist
	 */
	ScheduleContent read(byte[] bytes, LocalDate today) {
		Element root = XmlTree.read(bytes);
		if (!root.name().equals("schedule")) {
			throw new EventFileException(
					root.problem("not a frab schedule: the root element is <" + root.name() + ">, not <schedule>"));
		}
		ScheduleReading reading = new ScheduleReading();
		Map<Position, String> paths = new HashMap<>();
		index(root, paths);
		validate(bytes, paths).forEach(reading::warn);
		Element conference = root.child("conference");
		EventFileProblem conferencePlace = (conference != null ? conference : root).problem("");
		if (conference == null) {
			reading.warn(root.problem("the file has no <conference>; its title, dates and time zone are unknown"));
		}
		ZoneId zone = zone(root, conference, conferencePlace, reading);
		URI base = conference == null ? null
				: ScheduleReading.base(conference.childText("base_url"), conference.childText("url"));
		for (Element day : root.all("day")) {
			LocalDate date = localDate(day.attribute("date"));
			for (Element room : day.all("room")) {
				reading.room(room.attribute("name"), room.problem(""));
				for (Element talk : room.all("event")) {
					talk(reading, talk, room.attribute("name"), date, zone, base);
				}
			}
		}
		String acronym = conference == null ? null : conference.childText("acronym");
		String name = reading.eventName(conference == null ? null : conference.childText("title"),
				acronym != null && !acronym.isBlank() ? acronym : "Imported event", conferencePlace);
		return reading.content(FORMAT, name, zone, conference == null ? null : date(conference.childText("start")),
				conference == null ? null : date(conference.childText("end")), null, conferencePlace, today);
	}

	/**
	 * Runs the XSD over the document and reports each error at its element's path and
	 * line; the document was read once already without a DTD, so the validator meets
	 * none. The validator may say one thing thrice at one place (a pattern failed, so the
	 * attribute is invalid, so a uniqueness check compares the wrong value): the place
	 * keeps its clearest line, the one naming the attribute or element.
	 */
	private List<EventFileProblem> validate(byte[] bytes, Map<Position, String> paths) {
		Map<Position, EventFileProblem> byPlace = new LinkedHashMap<>();
		Validator validator = xsd.get().newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setErrorHandler(new ErrorHandler() {
				@Override
				public void warning(SAXParseException exception) {
					// Warnings of the XSD validator are about the schema, not the file.
				}

				@Override
				public void error(SAXParseException exception) {
					note(exception);
				}

				@Override
				public void fatalError(SAXParseException exception) {
					note(exception);
				}

				private void note(SAXParseException exception) {
					Position place = new Position(Math.max(exception.getLineNumber(), 0),
							Math.max(exception.getColumnNumber(), 0));
					String message = String.valueOf(exception.getMessage()).replaceFirst("^cvc-[a-zA-Z0-9.-]+: ", "");
					EventFileProblem problem = new EventFileProblem(paths.getOrDefault(place, ""), place.line(),
							place.column(), "breaks the schedule XSD: " + message);
					if (!byPlace.containsKey(place) || message.startsWith("The value '")) {
						byPlace.put(place, problem);
					}
				}
			});
			validator.validate(new StreamSource(new ByteArrayInputStream(bytes)));
		}
		catch (SAXException ex) {
			// fatalError has noted it; the tree read before holds what is readable.
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(byPlace.values());
	}

	/**
	 * Where each element's start tag ends, which is where the validator places its
	 * errors, to its path.
	 */
	private static void index(Element element, Map<Position, String> paths) {
		paths.put(new Position(element.line(), element.column()), element.path());
		element.children().forEach(child -> index(child, paths));
	}

	private static ZoneId zone(Element root, Element conference, EventFileProblem place, ScheduleReading reading) {
		String name = conference == null ? null : conference.childText("time_zone_name");
		if (name != null && !name.isBlank()) {
			try {
				return ZoneId.of(name.strip());
			}
			catch (DateTimeException ex) {
				throw new EventFileException(
						conference.child("time_zone_name").problem(ScheduleReading.unknownZone(name)));
			}
		}
		ZoneId offset = ZoneOffset.UTC;
		search: for (Element day : root.all("day")) {
			for (Element room : day.all("room")) {
				for (Element talk : room.all("event")) {
					OffsetDateTime start = ScheduleReading.offsetDateTime(talk.childText("date"));
					if (start != null) {
						offset = start.getOffset();
						break search;
					}
				}
			}
		}
		reading.warn(ScheduleReading.at(place, "the file names no time zone (<time_zone_name>); the event's zone is "
				+ offset.getId() + ", the offset of its first talk"));
		return offset;
	}

	private static void talk(ScheduleReading reading, Element talk, String roomName, LocalDate day, ZoneId zone,
			URI base) {
		String title = talk.childText("title");
		Instant startsAt = startsAt(talk, day, zone);
		if (startsAt == null) {
			reading.warn(talk.problem("talk \"" + title + "\" has no readable start (<date>, or the day's date and "
					+ "<start>); it is imported but not placed in the timetable"));
		}
		List<String> speakers = new ArrayList<>();
		Element persons = talk.child("persons");
		if (persons != null) {
			persons.all("person").forEach(person -> speakers.add(person.text()));
		}
		List<ScheduleLink> links = new ArrayList<>();
		links(talk.child("links"), "link", links, base);
		links(talk.child("attachments"), "attachment", links, base);
		List<String> videos = new ArrayList<>();
		Element recording = talk.child("recording");
		if (recording != null) {
			videos.add(recording.childText("url"));
			videos.add(recording.childText("link"));
		}
		videos.add(talk.childText("video_download_url"));
		for (String video : videos) {
			ScheduleLink link = ScheduleReading.link(video, "Recording", "video", base);
			if (link != null) {
				links.add(link);
			}
		}
		String room = talk.childText("room");
		reading.talk(talk.problem(""), talk.attribute("guid"), title,
				C3vocJsonSchedule.joined(talk.childText("abstract"), talk.childText("description")),
				talk.childText("track"), room != null && !room.isBlank() ? room : roomName, startsAt,
				ScheduleReading.minutes(talk.childText("duration")), speakers, links);
	}

	private static void links(Element list, String elementName, List<ScheduleLink> links, URI base) {
		if (list == null) {
			return;
		}
		for (Element link : list.all(elementName)) {
			ScheduleLink read = ScheduleReading.link(link.attribute("href"), link.text(), link.attribute("type"), base);
			if (read != null) {
				links.add(read);
			}
		}
	}

	private static Instant startsAt(Element talk, LocalDate day, ZoneId zone) {
		return ScheduleReading.startsAt(talk.childText("date"), talk.childText("start"), day, zone);
	}

	private static LocalDate date(String text) {
		return ScheduleReading.date(text);
	}

	private static LocalDate localDate(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
