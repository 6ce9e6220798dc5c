package org.plumbline.export.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.plumbline.audit.AuditLog;
import org.plumbline.audit.AuditQuery;
import org.plumbline.audit.AuditRecord;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.export.api.ApiJson.EntryJson;
import org.plumbline.export.api.ApiJson.EventJson;
import org.plumbline.export.api.ApiJson.KeyAttendeeJson;
import org.plumbline.export.api.ApiJson.McJson;
import org.plumbline.export.api.ApiJson.PersonJson;
import org.plumbline.export.api.ApiJson.RoomJson;
import org.plumbline.export.api.ApiJson.ScheduleJson;
import org.plumbline.export.api.ApiJson.SectionJson;
import org.plumbline.export.api.ApiJson.SpeakerJson;
import org.plumbline.export.api.ApiJson.TalkJson;
import org.plumbline.export.api.ApiPage.Paging;
import org.plumbline.export.api.ApiPage.Slice;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconferences;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonDuplicates;
import org.plumbline.people.PersonSummary;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.Timetable;
import org.plumbline.schedule.TimetableReleases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the API reads of an event: what its public pages show (accepted MCs, rooms) and
 * its latest released timetable, never a draft, a proposal or an address. Each call reads
 * in one transaction, so that a page and its ETag describe one state of the data.
 */
@Service
@Transactional(readOnly = true)
class PublicEventData {

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final PublishedSchedule published;

	private final TimetableReleases releases;

	private final PersonDirectory people;

	private final PersonDuplicates duplicates;

	private final AuditLog audit;

	PublicEventData(EventCatalog events, Microconferences microconferences, PublishedSchedule published,
			TimetableReleases releases, PersonDirectory people, PersonDuplicates duplicates, AuditLog audit) {
		this.events = events;
		this.microconferences = microconferences;
		this.published = published;
		this.releases = releases;
		this.people = people;
		this.duplicates = duplicates;
		this.audit = audit;
	}

	/** Every event, the newest first, with when any of them last changed. */
	Dated<List<EventJson>> events() {
		List<EventJson> all = new ArrayList<>();
		Instant lastModified = null;
		for (Event event : events.listEvents()) {
			List<Timetable> versions = releases.releases(event);
			all.add(json(event, versions));
			lastModified = latest(lastModified, ownLastModified(event, versions));
		}
		lastModified = latest(lastModified, duplicates.lastMergedAt().orElse(null));
		return new Dated<>(List.copyOf(all), lastModified);
	}

	/**
	 * @throws ApiProblem 404 if there is no such event
	 */
	Dated<EventJson> event(String slug) {
		Event event = find(slug);
		List<Timetable> versions = releases.releases(event);
		return new Dated<>(json(event, versions), lastModified(event, versions));
	}

	/** The MCs on the event's public pages, in page order. */
	Dated<List<McJson>> microconferences(String slug) {
		Event event = find(slug);
		List<Microconference> mcs = microconferences.published(event.id());
		Map<Long, PersonSummary> persons = people.findAll(mcs.stream()
			.flatMap(mc -> Stream.concat(mc.leads().stream().map(NamedPerson::personId),
					mc.keyAttendees().stream().map(KeyAttendee::personId)))
			.distinct()
			.toList());
		return dated(event, mcs.stream().map(mc -> json(mc, persons)).toList());
	}

	Dated<List<RoomJson>> rooms(String slug) {
		Event event = find(slug);
		return dated(event, ReleasedJson.rooms(events.rooms(event.id())));
	}

	/**
	 * A page of the talks of the latest released timetable, read alone; none before the
	 * first release.
	 */
	Dated<Slice<TalkJson>> talks(String slug, Paging paging) {
		Event event = find(slug);
		return dated(event,
				published.latestTalks(event, paging.offset(), paging.size())
					.map(page -> new Slice<>(ReleasedJson.talks(page), page.total()))
					.orElse(new Slice<>(List.of(), 0)));
	}

	/**
	 * Who speaks or leads in the latest released timetable; nobody before the first
	 * release.
	 */
	Dated<List<SpeakerJson>> speakers(String slug) {
		Event event = find(slug);
		return dated(event, published.latest(event).map(ReleasedJson::speakers).orElse(List.of()));
	}

	/**
	 * @throws ApiProblem 404 if there is no such event or it released no timetable yet
	 */
	Dated<ScheduleJson> schedule(String slug) {
		Event event = find(slug);
		ReleasedSchedule release = published.latest(event)
			.orElseThrow(() -> ApiProblem.noReleasedSchedule(event.name()));
		return dated(event, ReleasedJson.schedule(release));
	}

	private Event find(String slug) {
		return events.findBySlug(slug).orElseThrow(() -> ApiProblem.unknownEvent(slug));
	}

	private <T> Dated<T> dated(Event event, T body) {
		return new Dated<>(body, lastModified(event, releases.releases(event)));
	}

	/**
	 * The latest of the event's own last change and the newest person merge: a merge
	 * moves the names' GUIDs of every event that shows the persons, but only the log of
	 * the event it was decided from, or the site's, records it.
	 */
	private Instant lastModified(Event event, List<Timetable> versions) {
		return latest(ownLastModified(event, versions), duplicates.lastMergedAt().orElse(null));
	}

	/**
	 * The later of the latest release and the event's newest audit entry: every change of
	 * an MC, topic or timetable is audited in its own transaction (DOMAIN.md, L16).
	 * {@code null} when neither exists, such as for an event imported and never changed.
	 */
	private Instant ownLastModified(Event event, List<Timetable> versions) {
		Instant released = versions.isEmpty() ? null : versions.get(0).releasedAt();
		Instant changed = audit.find(AuditQuery.ofEvent(event.id()).withLimit(1))
			.stream()
			.map(AuditRecord::occurredAt)
			.findFirst()
			.orElse(null);
		return latest(released, changed);
	}

	private static Instant latest(Instant one, Instant other) {
		if (one == null || other == null) {
			return one == null ? other : one;
		}
		return one.isAfter(other) ? one : other;
	}

	private static EventJson json(Event event, List<Timetable> versions) {
		return new EventJson(event.slug(), event.name(), event.startDate(), event.endDate(), event.timeZone().getId(),
				event.venue(), versions.isEmpty() ? null : versions.get(0).number());
	}

	private static McJson json(Microconference mc, Map<Long, PersonSummary> persons) {
		List<SectionJson> sections = mc.sections()
			.stream()
			.map(section -> new SectionJson(section.caption(), section.kind().name(),
					section.entries()
						.stream()
						.map(entry -> new EntryJson(entry.kind().name(), entry.text(), entry.referenceNumber(),
								entry.subitems()))
						.toList()))
			.toList();
		List<KeyAttendeeJson> keyAttendees = mc.keyAttendees()
			.stream()
			.map(attendee -> new KeyAttendeeJson(guid(persons, attendee.personId()), attendee.nameAsWritten(),
					attendee.role()))
			.toList();
		List<PersonJson> leads = mc.leads()
			.stream()
			.map(lead -> new PersonJson(guid(persons, lead.personId()), lead.nameAsWritten()))
			.toList();
		return new McJson(mc.slug(), mc.guid(), mc.title(), mc.description(), sections, keyAttendees, mc.leadsCaption(),
				leads);
	}

	private static UUID guid(Map<Long, PersonSummary> persons, long personId) {
		PersonSummary person = persons.get(personId);
		return person == null ? null : person.guid();
	}

	/**
	 * What the API answers, with when its data last changed ({@code null} if unknown).
	 */
	record Dated<T>(T body, Instant lastModified) {

		<U> Dated<U> map(Function<T, U> mapping) {
			return new Dated<>(mapping.apply(body), lastModified);
		}

	}

}
