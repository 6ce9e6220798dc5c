package org.plumbline.export.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.plumbline.event.Event;
import org.plumbline.schedule.ScheduledPerson;
import org.springframework.stereotype.Component;

/**
 * Writes entries as an RFC 5545 calendar: times in the event's zone with its VTIMEZONE
 * (so that a calendar shows 10:00 on both sides of a change of summer time), or in UTC
 * for a zone ical4j has no definition of, UID the entry's GUID at the installation's
 * host, and DTSTAMP the release's instant, so the same release gives the same bytes on
 * every request.
 */
@Component
public class CalendarWriter {

	static final String PRODUCT = "-//Plumbline//Schedule//EN";

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	private final ScheduleEntries entries;

	CalendarWriter(ScheduleEntries entries) {
		this.entries = entries;
	}

	/**
	 * @param name the calendar's name, as calendar apps show a subscribed feed
	 * @param stamp when the information was created: the release's instant
	 */
	public String write(Event event, String name, Instant stamp, List<CalendarEntry> calendarEntries) {
		ZoneId zone = event.timeZone();
		VTimeZone definition = definitionOf(zone).orElse(null);
		ZoneId written = definition == null ? null : ZoneId.of(definition.getTimeZoneId().getValue());
		Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
		calendar.add(new XProperty("X-WR-CALNAME", name));
		if (definition != null) {
			calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
			calendar.add(definition);
		}
		String host = entries.host();
		for (CalendarEntry entry : calendarEntries) {
			VEvent vevent = new VEvent(false);
			vevent.add(new Uid(entry.guid() + "@" + host));
			vevent.add(new DtStamp(stamp));
			vevent.add(new DtStart<>(time(entry.startsAt(), written)));
			vevent.add(new DtEnd<>(time(entry.endsAt(), written)));
			vevent.add(new Summary(entry.summary()));
			if (entry.location() != null) {
				vevent.add(new Location(entry.location()));
			}
			vevent.add(new Description(entry.description()));
			vevent.add(new Url(URI.create(entry.url())));
			calendar.add(vevent);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException cannotHappenOnAStringWriter) {
			throw new UncheckedIOException(cannotHappenOnAStringWriter);
		}
		return out.toString();
	}

	/**
	 * The VTIMEZONE ical4j ships for the zone, if any, and if Java knows the id it
	 * carries. That id is the zone's own or, for a zone that tzdata links to another
	 * (Europe/Amsterdam to Europe/Brussels, Europe/Stockholm to Europe/Berlin), the
	 * other's with the same rules: times must name that id, or they refer to a VTIMEZONE
	 * the file lacks. Without a definition the times are written in UTC, which RFC 5545
	 * lets every calendar show in its reader's zone: the zone is then one Java knows and
	 * ical4j 4.4.0 does not, such as a zone newer than ical4j's data (America/Coyhaique),
	 * the JDK's own SystemV/ ids or a fixed offset. Refusing such a zone for the event
	 * instead would refuse a real place for the sake of one export, and not help an event
	 * stored before the JDK or ical4j changed.
	 */
	private Optional<VTimeZone> definitionOf(ZoneId zone) {
		return Optional.ofNullable(zones.getTimeZone(zone.getId()))
			.map(TimeZone::getVTimeZone)
			.filter(known -> ZoneId.getAvailableZoneIds().contains(known.getTimeZoneId().getValue()));
	}

	/** Local to the zone the calendar defines, or in UTC if it defines none. */
	private static Temporal time(Instant instant, ZoneId written) {
		return written == null ? instant : instant.atZone(written);
	}

	/** Names as a calendar's description lists them: "Speakers: Ana, Bo". */
	static String names(String caption, List<ScheduledPerson> persons) {
		return persons.isEmpty() ? "" : caption + ": "
				+ persons.stream().map(ScheduledPerson::nameAsWritten).collect(Collectors.joining(", "));
	}

}
