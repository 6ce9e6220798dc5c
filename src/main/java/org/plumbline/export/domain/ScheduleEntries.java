package org.plumbline.export.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.plumbline.account.PublicUrl;
import org.plumbline.event.Event;
import org.plumbline.material.Material;
import org.plumbline.material.MaterialKind;
import org.plumbline.material.RecordingIndex;
import org.plumbline.material.Recordings;
import org.plumbline.material.TalkMaterials;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;
import org.plumbline.schedule.SessionKind;
import org.springframework.stereotype.Component;

/**
 * A released version as the c3voc formats see it (DOMAIN.md, "Exports"): each talk is an
 * event of its MC's or plain track's track; an MC session with no talks yet is one event
 * spanning its block, of type "microconference". Breaks are not events. A talk carries
 * its public materials: files as attachments, links among its links. Addresses are
 * absolute, from {@code plumbline.public-url}, never from a request.
 */
@Component
public class ScheduleEntries {

	static final String TALK = "talk";

	static final String MICROCONFERENCE = "microconference";

	private static final Comparator<ScheduleEntry> IN_TIME_THEN_ROOM = Comparator.comparing(ScheduleEntry::startsAt)
		.thenComparingInt(entry -> entry.room().position())
		.thenComparingInt(ScheduleEntry::exportNumber);

	private final PublicUrl publicUrl;

	private final Recordings recordings;

	private final TalkMaterials materials;

	ScheduleEntries(PublicUrl publicUrl, Recordings recordings, TalkMaterials materials) {
		this.publicUrl = publicUrl;
		this.recordings = recordings;
		this.materials = materials;
	}

	/** Every event of the version, by start, then room. */
	public List<ScheduleEntry> of(ReleasedSchedule schedule) {
		List<ScheduleEntry> entries = new ArrayList<>();
		RecordingIndex recorded = recordings.index(schedule.event());
		Map<UUID, List<Material>> published = materials.publicOf(schedule.sessions()
			.stream()
			.flatMap(session -> session.talks().stream())
			.map(ScheduledTalk::guid)
			.toList());
		for (ScheduledSession session : schedule.sessions()) {
			if (session.kind() == SessionKind.BREAK) {
				continue;
			}
			if (session.kind() == SessionKind.MICROCONFERENCE && session.talks().isEmpty()) {
				entries.add(wholeSession(schedule.event(), session, recorded));
			}
			session.talks()
				.forEach(talk -> entries.add(talk(schedule.event(), session, talk, recorded,
						published.getOrDefault(talk.guid(), List.of()))));
		}
		entries.sort(IN_TIME_THEN_ROOM);
		return entries;
	}

	/**
	 * An MC session as one entry spanning its block, whether it has talks or not, linking
	 * to its MC's page.
	 */
	public ScheduleEntry wholeSession(Event event, ScheduledSession session) {
		return wholeSession(event, session, recordings.index(event));
	}

	private ScheduleEntry wholeSession(Event event, ScheduledSession session, RecordingIndex recorded) {
		return new ScheduleEntry(session.guid(), session.exportNumber(), session.title(), MICROCONFERENCE,
				session.title(), session.trackSlug(), session.room(), session.startsAt(), session.endsAt(), "",
				session.leads(), ExportSlugs.of(event.slug(), session.exportNumber(), session.title()),
				publicUrl.of("/" + event.slug() + "/microconferences/" + session.trackSlug()),
				recorded.ofSession(session.guid()).stream().map(ScheduleReference::of).toList(), List.of());
	}

	/** The host part of the public address, which names the installation in UIDs. */
	public String host() {
		return URI.create(publicUrl.of("/")).getHost();
	}

	/** The event's public home page. */
	public String eventPage(Event event) {
		return publicUrl.of("/" + event.slug() + "/");
	}

	private ScheduleEntry talk(Event event, ScheduledSession session, ScheduledTalk talk, RecordingIndex recorded,
			List<Material> published) {
		return new ScheduleEntry(talk.guid(), talk.exportNumber(), talk.title(), TALK, session.title(),
				session.trackSlug(), session.room(), talk.startsAt(), talk.endsAt(),
				talk.abstractText() == null ? "" : talk.abstractText(), talk.speakers(),
				ExportSlugs.of(event.slug(), talk.exportNumber(), talk.title()),
				publicUrl.of("/" + event.slug() + "/talks/" + talk.guid()),
				Stream.concat(recorded.ofTalk(session.guid(), talk.topicId()).stream().map(ScheduleReference::of),
						published.stream()
							.filter(material -> material.kind() != MaterialKind.FILE)
							.map(link -> new ScheduleReference(link.kind() == MaterialKind.VIDEO
									? ScheduleReference.MEDIA : ScheduleReference.RELATED, link.url(), link.title())))
					.toList(),
				published.stream()
					.filter(material -> material.kind() == MaterialKind.FILE)
					.map(file -> new ScheduleReference(ScheduleReference.SLIDES, publicUrl.of(file.href(event.slug())),
							file.title()))
					.toList());
	}

}
