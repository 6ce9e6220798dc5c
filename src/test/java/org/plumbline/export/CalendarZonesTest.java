package org.plumbline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import org.junit.jupiter.api.Test;
import org.plumbline.event.Event;
import org.plumbline.export.domain.CalendarEntry;
import org.plumbline.export.domain.CalendarWriter;
import org.plumbline.testsupport.RunningServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Calendars of events in zones Java knows but ical4j has no definition of: written in UTC
 * at the right instants instead of failing, while a zone ical4j knows keeps its
 * VTIMEZONE.
 */
class CalendarZonesTest extends RunningServerTest {

	static final Instant STAMP = Instant.parse("2027-10-02T12:00:00Z");

	static final CalendarEntry TALK = new CalendarEntry(UUID.fromString("9a3c1f7e-4c1b-4d2e-9f00-0c5b2a7d1e11"),
			"Scheduler latency", "Hall A", Instant.parse("2027-10-30T13:00:00Z"), Instant.parse("2027-10-30T13:30:00Z"),
			"About it.", "http://localhost:8080/zone_conf/talks/9a3c1f7e-4c1b-4d2e-9f00-0c5b2a7d1e11");

	@Autowired
	CalendarWriter writer;

	CalendarZonesTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	@Test
	void anEventInAZoneIcal4jLacksGetsItsTimesInUtcWithoutAVtimezone() {
		assertThat(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("America/Coyhaique"))
			.as("ical4j 4.4.0 predates America/Coyhaique (tzdata 2025b); if it gains it, use another zone it lacks")
			.isNull();

		String ics = writer.write(eventIn("America/Coyhaique"), "Zone Conference", STAMP, List.of(TALK));

		Calendar calendar = ScheduleFormats.calendar(ics);
		assertThat(calendar.getComponents("VTIMEZONE")).isEmpty();
		assertThat(ics).contains("DTSTART:20271030T130000Z", "DTEND:20271030T133000Z")
			.doesNotContain("TZID", "X-WR-TIMEZONE");
		VEvent vevent = calendar.<VEvent>getComponents("VEVENT").getFirst();
		assertThat(Instant.from(vevent.getDateTimeStart().getDate())).isEqualTo(TALK.startsAt());
		assertThat(Instant.from(vevent.getDateTimeEnd().getDate())).isEqualTo(TALK.endsAt());
	}

	@Test
	void anEventInAZoneTzdataLinksToAnotherNamesTheVtimezoneTheCalendarCarries() {
		String ics = writer.write(eventIn("Europe/Amsterdam"), "Zone Conference", STAMP, List.of(TALK));

		assertThat(ScheduleFormats.calendar(ics).<VTimeZone>getComponents("VTIMEZONE")).singleElement()
			.satisfies(zone -> assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Brussels"));
		assertThat(ics).contains("X-WR-TIMEZONE:Europe/Amsterdam", "DTSTART;TZID=Europe/Brussels:20271030T150000",
				"DTEND;TZID=Europe/Brussels:20271030T153000");
	}

	@Test
	void everyZoneJavaKnowsGivesAValidCalendarAtTheEntrysInstantsWithItsVtimezoneOrInUtc() {
		List<String> wrong = new ArrayList<>();
		for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
			String problem = problemOf(id);
			if (problem != null) {
				wrong.add(id + ": " + problem);
			}
		}

		assertThat(wrong).isEmpty();
	}

	/**
	 * What is wrong with the zone's calendar, or null: it must parse and validate, hold
	 * the entry's instants, and refer its times to the one VTIMEZONE it carries, or carry
	 * none and write UTC.
	 */
	private String problemOf(String zoneId) {
		Calendar calendar;
		try {
			calendar = ScheduleFormats.calendar(writer.write(eventIn(zoneId), "Zones", STAMP, List.of(TALK)));
		}
		catch (RuntimeException | AssertionError ex) {
			return ex.toString();
		}
		VEvent vevent = calendar.<VEvent>getComponents("VEVENT").getFirst();
		if (!Instant.from(vevent.getDateTimeStart().getDate()).equals(TALK.startsAt())
				|| !Instant.from(vevent.getDateTimeEnd().getDate()).equals(TALK.endsAt())) {
			return "times " + vevent.getDateTimeStart() + vevent.getDateTimeEnd();
		}
		List<VTimeZone> definitions = calendar.getComponents("VTIMEZONE");
		String tzid = vevent.getDateTimeStart().<TzId>getParameter(Parameter.TZID).map(TzId::getValue).orElse(null);
		if (definitions.isEmpty()) {
			return tzid == null && vevent.getDateTimeStart().isUtc() ? null : "a TZID without its VTIMEZONE";
		}
		if (definitions.size() != 1 || !definitions.getFirst().getTimeZoneId().getValue().equals(tzid)) {
			return "VTIMEZONE " + definitions.stream().map(zone -> zone.getTimeZoneId().getValue()).toList()
					+ " for TZID " + tzid;
		}
		return null;
	}

	private static Event eventIn(String zoneId) {
		return new Event(0, "zone_conf", "Zone Conference", LocalDate.of(2027, 10, 29), LocalDate.of(2027, 11, 1),
				ZoneId.of(zoneId), null, 0);
	}

}
