package org.plumbline.importer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconference.Section;
import org.plumbline.microconference.Microconferences;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonSummary;

/**
 * An event as read back through the facades, without database ids (which an import
 * renumbers), so that two imports of one event can be compared with {@code equals}.
 * Persons appear by GUID.
 */
record EventSnapshot(String slug, String name, String dates, String zone, String venue, List<RoomRow> rooms,
		List<BlockRow> blocks, List<String> tiers, List<McRow> microconferences) {

	record RoomRow(UUID guid, String name, int capacity) {
	}

	record BlockRow(String label, Instant start, Instant end, Instant breakStart, Instant breakEnd) {
	}

	record Listed(String nameAsWritten, String role, UUID person) {
	}

	record McRow(UUID guid, String slug, String title, McStatus status, String description, List<Section> sections,
			String leadsCaption, List<Listed> leads, List<Listed> keyAttendees) {
	}

	static EventSnapshot of(String slug, EventCatalog catalog, Microconferences microconferences,
			PersonDirectory directory) {
		Event event = catalog.findBySlug(slug).orElseThrow();
		List<Microconference> mcs = microconferences.forEvent(event.id());
		Map<Long, PersonSummary> persons = directory.findAll(mcs.stream()
			.flatMap(mc -> Stream.concat(mc.leads().stream().map(l -> l.personId()),
					mc.keyAttendees().stream().map(k -> k.personId())))
			.toList());
		return new EventSnapshot(event.slug(), event.name(), event.startDate() + "/" + event.endDate(),
				event.timeZone().getId(), event.venue(),
				catalog.rooms(event.id()).stream().map(r -> new RoomRow(r.guid(), r.name(), r.capacity())).toList(),
				catalog.timeBlocks(event.id())
					.stream()
					.map(b -> new BlockRow(b.label(), b.startsAt(), b.endsAt(), b.breakStartsAt(), b.breakEndsAt()))
					.toList(),
				catalog.sponsorTiers(event.id())
					.stream()
					.map(t -> t.name() + ": "
							+ t.sponsors().stream().map(s -> s.name() + " " + s.linkUrl() + " " + s.hasLogo()).toList())
					.toList(),
				mcs.stream()
					.map(mc -> new McRow(mc.guid(), mc.slug(), mc.title(), mc.status(), mc.description(), mc.sections(),
							mc.leadsCaption(),
							mc.leads()
								.stream()
								.map(l -> new Listed(l.nameAsWritten(), null, persons.get(l.personId()).guid()))
								.toList(),
							mc.keyAttendees()
								.stream()
								.map(k -> new Listed(k.nameAsWritten(), k.role(), persons.get(k.personId()).guid()))
								.toList()))
					.toList());
	}

}
