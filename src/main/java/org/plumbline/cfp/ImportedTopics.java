package org.plumbline.cfp;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.Topic.Speaker;
import org.plumbline.cfp.domain.CallOverride;
import org.plumbline.cfp.domain.CallRepository;
import org.plumbline.cfp.domain.Durations;
import org.plumbline.cfp.domain.PlainTrackRow;
import org.plumbline.cfp.domain.TopicContent;
import org.plumbline.cfp.domain.TopicRepository;
import org.plumbline.event.Event;
import org.plumbline.microconference.Microconferences;
import org.plumbline.people.IdentityKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plain tracks and topics taken over from another system's published schedule (issue 14,
 * point 5): the talks there were decided and confirmed already, so each one arrives
 * confirmed, written by a system actor rather than an account, and audited as such.
 */
@Service
public class ImportedTopics {

	private final CallRepository calls;

	private final TopicRepository topics;

	private final Microconferences microconferences;

	private final AuditLog audit;

	private final Clock clock;

	ImportedTopics(CallRepository calls, TopicRepository topics, Microconferences microconferences, AuditLog audit,
			Clock clock) {
		this.calls = calls;
		this.topics = topics;
		this.microconferences = microconferences;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Adds a plain track under a name as written, with a slug made from it that no MC or
	 * track of the event has. Its call keeps the event's window and offers the lengths
	 * its imported talks have most (those a call may offer: 5 to
	 * {@link Durations#MAX_MINUTES} minutes, at most {@link Durations#MAX_OPTIONS}), or
	 * 30 minutes when none fits.
	 * @param name at most {@link NewPlainTrack#MAX_NAME_LENGTH} characters, not blank
	 * @param talkMinutes the lengths of the talks it will hold
	 * @return the track's id
	 */
	@Transactional
	public long createPlainTrack(Event event, String systemActor, String name, List<Integer> talkMinutes) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > NewPlainTrack.MAX_NAME_LENGTH) {
			throw new IllegalArgumentException(
					"A track's name must have 1 to " + NewPlainTrack.MAX_NAME_LENGTH + " characters: \"" + name + "\"");
		}
		Set<String> taken = new HashSet<>();
		calls.plainTracks(event.id()).stream().map(PlainTrackRow::slug).forEach(taken::add);
		microconferences.forEvent(event.id()).forEach(mc -> taken.add(mc.slug()));
		String base = slugOf(trimmed);
		String slug = base;
		for (int n = 2; taken.contains(slug); n++) {
			slug = base + "-" + n;
		}
		List<Integer> durations = offered(talkMinutes);
		long id = calls.insertPlainTrack(event.id(), slug, trimmed, new CallOverride(null, null, durations, 0));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("slug", slug);
		after.put("name", trimmed);
		after.put("durations", durations);
		audit.record(new AuditEntry(event.id(), null, systemActor, "plain-track", Long.toString(id), "imported", null,
				after, null));
		return id;
	}

	/**
	 * Adds a confirmed topic to a plain track of the event, its speakers as written in
	 * order, each linked to their person.
	 * @param guid the GUID the talk had elsewhere; see {@link #guidTaken}
	 * @return the topic's id
	 * @param speakers none for a talk its file names no speaker of
	 * @throws IllegalArgumentException for a title or abstract too long, a duration not
	 * positive, or a person named twice
	 */
	@Transactional
	public long createConfirmed(Event event, String systemActor, long plainTrackId, UUID guid, String title,
			String abstractText, int durationMinutes, List<Speaker> speakers) {
		if (title.isBlank() || title.length() > TopicText.MAX_TITLE_LENGTH
				|| abstractText.length() > TopicText.MAX_ABSTRACT_LENGTH || durationMinutes <= 0) {
			throw new IllegalArgumentException("An imported topic needs a title of 1 to " + TopicText.MAX_TITLE_LENGTH
					+ " characters, an abstract of at most " + TopicText.MAX_ABSTRACT_LENGTH
					+ " and a positive duration");
		}
		if (speakers.stream().map(Speaker::personId).distinct().count() != speakers.size()) {
			throw new IllegalArgumentException("A topic names each person once");
		}
		long id = topics.insertImported(event.id(), plainTrackId, guid,
				new TopicContent(title, abstractText, durationMinutes, null), clock.instant(), speakers);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("state", TopicState.CONFIRMED.name());
		after.put("title", title);
		after.put("durationMinutes", durationMinutes);
		after.put("speakers", speakers.stream().map(Speaker::nameAsWritten).toList());
		audit.record(new AuditEntry(event.id(), null, systemActor, "topic", Long.toString(id), "imported", null, after,
				null));
		return id;
	}

	/**
	 * Whether a topic of any event has this GUID already (GUIDs are unique site-wide).
	 */
	@Transactional(readOnly = true)
	public boolean guidTaken(UUID guid) {
		return topics.guidTaken(guid);
	}

	private static List<Integer> offered(List<Integer> talkMinutes) {
		Map<Integer, Long> counts = talkMinutes.stream()
			.filter(minutes -> minutes >= 5 && minutes <= Durations.MAX_MINUTES)
			.collect(Collectors.groupingBy(minutes -> minutes, Collectors.counting()));
		List<Integer> offered = counts.entrySet()
			.stream()
			.sorted(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(Durations.MAX_OPTIONS)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		return offered.isEmpty() ? List.of(30) : offered;
	}

	/**
	 * Lower-case letters and digits joined by hyphens, starting with a letter, as the
	 * calls' slugs are; at most {@link NewPlainTrack#MAX_SLUG_LENGTH} characters.
	 */
	static String slugOf(String name) {
		String slug = IdentityKey.of(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
			slug = slug.isEmpty() ? "track" : "track-" + slug;
		}
		// Room for a "-NN" suffix that tells apart two names folding to the same slug.
		int max = NewPlainTrack.MAX_SLUG_LENGTH - 4;
		return slug.length() <= max ? slug : slug.substring(0, max).replaceAll("-+$", "");
	}

}
