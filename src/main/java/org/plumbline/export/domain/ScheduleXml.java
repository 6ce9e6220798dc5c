package org.plumbline.export.domain;

import java.io.StringWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.plumbline.event.Event;
import org.plumbline.event.Room;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledPerson;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A released version as frab/c3voc schedule XML (schedule.xml.xsd), the elements in the
 * order frab writes them.
 */
@Component
public class ScheduleXml {

	static final String GENERATOR = "Plumbline";

	/** The grid the schedule's times fall on. */
	static final String TIMESLOT_DURATION = "00:05";

	/**
	 * Characters XML 1.0 cannot carry at all, not even escaped; typed text rarely holds
	 * them, but one would make the whole file unreadable.
	 */
	private static final Pattern NOT_IN_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

	/** The XSD's pattern for a track's optional slug attribute. */
	private static final Pattern TRACK_SLUG = Pattern.compile("[a-z][a-z0-9-]+");

	private final ScheduleEntries entries;

	ScheduleXml(ScheduleEntries entries) {
		this.entries = entries;
	}

	public String write(ReleasedSchedule schedule) {
		Event event = schedule.event();
		ZoneId zone = event.timeZone();
		List<ScheduleEntry> all = entries.of(schedule);
		List<ScheduleDay> days = ScheduleDay.of(schedule, all);
		Document document = newDocument();
		Element root = document.createElement("schedule");
		document.appendChild(root);
		child(root, "generator").setAttribute("name", GENERATOR);
		text(root, "version", String.valueOf(schedule.number()));
		Element conference = child(root, "conference");
		text(conference, "acronym", event.slug());
		text(conference, "title", event.name());
		text(conference, "start", event.startDate().toString());
		text(conference, "end", event.endDate().toString());
		text(conference, "days", String.valueOf(days.size()));
		text(conference, "timeslot_duration", TIMESLOT_DURATION);
		text(conference, "base_url", entries.eventPage(event));
		text(conference, "url", entries.eventPage(event));
		text(conference, "time_zone_name", zone.getId());
		for (Map.Entry<String, String> track : ScheduleJson.tracksOf(all).entrySet()) {
			Element element = child(conference, "track");
			element.setAttribute("name", track.getKey());
			if (track.getValue() != null && TRACK_SLUG.matcher(track.getValue()).matches()) {
				element.setAttribute("slug", track.getValue());
			}
		}
		for (ScheduleDay day : days) {
			Element dayElement = child(root, "day");
			dayElement.setAttribute("index", String.valueOf(day.index()));
			dayElement.setAttribute("date", day.date().toString());
			dayElement.setAttribute("start", ExportTimes.withOffset(day.start().toInstant(), zone));
			dayElement.setAttribute("end", ExportTimes.withOffset(day.end().toInstant(), zone));
			for (Map.Entry<Room, List<ScheduleEntry>> room : day.rooms().entrySet()) {
				Element roomElement = child(dayElement, "room");
				roomElement.setAttribute("name", room.getKey().name());
				roomElement.setAttribute("guid", room.getKey().guid().toString());
				room.getValue().forEach(entry -> event(roomElement, entry, zone));
			}
		}
		return serialise(document);
	}

	private static void event(Element room, ScheduleEntry entry, ZoneId zone) {
		Element event = child(room, "event");
		event.setAttribute("guid", entry.guid().toString());
		event.setAttribute("id", String.valueOf(entry.exportNumber()));
		text(event, "date", ExportTimes.withOffset(entry.startsAt(), zone));
		text(event, "start", ExportTimes.localStart(entry.startsAt(), zone));
		text(event, "duration", ExportTimes.duration(entry.duration()));
		text(event, "room", entry.room().name());
		text(event, "slug", entry.slug());
		text(event, "url", entry.url());
		text(event, "title", entry.title());
		text(event, "subtitle", "");
		text(event, "track", entry.track());
		text(event, "type", entry.type());
		text(event, "abstract", entry.abstractText());
		Element persons = child(event, "persons");
		for (ScheduledPerson person : entry.persons()) {
			text(persons, "person", person.nameAsWritten()).setAttribute("guid", person.guid().toString());
		}
		Element links = child(event, "links");
		for (ScheduleReference link : entry.links()) {
			reference(links, "link", link);
		}
		if (!entry.attachments().isEmpty()) {
			Element attachments = child(event, "attachments");
			entry.attachments().forEach(attachment -> reference(attachments, "attachment", attachment));
		}
	}

	private static void reference(Element parent, String name, ScheduleReference reference) {
		Element element = text(parent, name, reference.title());
		element.setAttribute("href", reference.href());
		element.setAttribute("type", reference.type());
	}

	private static Element child(Element parent, String name) {
		Element child = parent.getOwnerDocument().createElement(name);
		parent.appendChild(child);
		return child;
	}

	private static Element text(Element parent, String name, String text) {
		Element child = child(parent, name);
		child.setTextContent(NOT_IN_XML.matcher(text).replaceAll(""));
		return child;
	}

	private static Document newDocument() {
		try {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser cannot be configured", ex);
		}
	}

	private static String serialise(Document document) {
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			// written below, as the JDK's serialiser puts no line break after its own
			transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
			StringWriter out = new StringWriter();
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toString();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("A schedule document could not be written", ex);
		}
	}

}
