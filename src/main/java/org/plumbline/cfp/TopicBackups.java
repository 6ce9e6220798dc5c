package org.plumbline.cfp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.domain.CallOverride;
import org.plumbline.cfp.domain.CallRepository;
import org.plumbline.cfp.domain.TopicBackupRepository;
import org.plumbline.event.Event;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's plain tracks and topics for its backup in an event data file, and written
 * back as they were: states, recorded decisions and instants included. A restore tells
 * history, so it moves no state through the topics' lifecycle and mails nobody; one audit
 * entry per topic says that it came from a backup.
 */
@Service
public class TopicBackups {

	private final CallRepository calls;

	private final TopicBackupRepository topics;

	private final AuditLog audit;

	TopicBackups(CallRepository calls, TopicBackupRepository topics, AuditLog audit) {
		this.calls = calls;
		this.topics = topics;
		this.audit = audit;
	}

	/** The event's plain tracks, in the order they were added, by id. */
	@Transactional(readOnly = true)
	public LinkedHashMap<Long, BackedUpTrack> plainTracks(long eventId) {
		LinkedHashMap<Long, BackedUpTrack> tracks = new LinkedHashMap<>();
		calls.plainTracks(eventId)
			.forEach(track -> tracks.put(track.id(), new BackedUpTrack(track.slug(), track.name(),
					track.settings().opensAt(), track.settings().closesAt(), track.settings().durations())));
		return tracks;
	}

	/** The event's topics, in the order they were created. */
	@Transactional(readOnly = true)
	public List<BackedUpTopic> topics(long eventId) {
		return topics.ofEvent(eventId);
	}

	/** The event's topics' ids, by GUID. */
	@Transactional(readOnly = true)
	public Map<UUID, Long> topicIds(long eventId) {
		return topics.idsOfEvent(eventId);
	}

	/**
	 * @return the new track's id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long restorePlainTrack(Event event, String systemActor, BackedUpTrack track) {
		long id = calls.insertPlainTrack(event.id(), track.slug(), track.name(),
				new CallOverride(track.opensAt(), track.closesAt(), track.durations(), 0));
		audit.record(new AuditEntry(event.id(), null, systemActor, "plain-track", Long.toString(id), "restored", null,
				Map.of("slug", track.slug()), null));
		return id;
	}

	/**
	 * @return the new topic's id
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (a GUID another topic has, a submitted topic without its abstract)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long restoreTopic(Event event, String systemActor, BackedUpTopic topic) {
		long id = topics.insert(event.id(), topic);
		audit.record(new AuditEntry(event.id(), null, systemActor, "topic", Long.toString(id), "restored", null,
				Map.of("guid", topic.guid().toString(), "state", topic.state().name()), null));
		return id;
	}

}
