package org.plumbline.schedule;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.Microconference;
import org.plumbline.schedule.domain.TimePreferenceRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time blocks each MC's leads prefer or would rather avoid (issue 12, point 3), which
 * the scheduler reads as the track's block preferences. An MC's leads and the event's
 * organisers set them, all of an MC's at once over one version, until the event has
 * ended; each change is audited.
 */
@Service
public class McTimePreferences {

	static final String STALE = "Someone else changed these preferred times since you opened the page.";

	static final String ENDED = "The event has ended, so its preferred times can no longer change.";

	private final TimePreferenceRepository preferences;

	private final EventCatalog events;

	private final EditorRights rights;

	private final AuditLog audit;

	private final Clock clock;

	McTimePreferences(TimePreferenceRepository preferences, EventCatalog events, EditorRights rights, AuditLog audit,
			Clock clock) {
		this.preferences = preferences;
		this.events = events;
		this.rights = rights;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * MC id to time block id to what its leads said of the block, for each MC of the
	 * event that said anything; a block not listed is fine for its MC.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<Long, TimePreference>> ofEvent(long eventId) {
		Map<Long, Map<Long, TimePreference>> byMc = new LinkedHashMap<>();
		for (TimePreferenceRepository.Row row : preferences.ofEvent(eventId)) {
			byMc.computeIfAbsent(row.microconferenceId(), mc -> new TreeMap<>())
				.put(row.timeBlockId(), TimePreference.valueOf(row.preference()));
		}
		byMc.replaceAll((mc, blocks) -> Collections.unmodifiableMap(blocks));
		return Collections.unmodifiableMap(byMc);
	}

	/** The version a form of the MC's preferences sends back: 0 until first saved. */
	@Transactional(readOnly = true)
	public int version(long microconferenceId) {
		return preferences.version(microconferenceId);
	}

	/** Whether the event's preferences may still change: it has not ended. */
	public boolean open(Event event) {
		return !event.endDate().isBefore(clock.instant().atZone(event.timeZone()).toLocalDate());
	}

	/**
	 * Replaces what the MC's leads say of the event's time blocks; a block left out is
	 * fine for the MC.
	 * @param chosen time block id to preference
	 * @param version the version the form was opened at
	 * @throws TimetableNotFoundException unless the MC is one of the event's accepted MCs
	 * and the account leads it or organises the event
	 * @throws TimetableRefusedException for a block that is not one of the event's, or
	 * once the event has ended
	 * @throws OptimisticLockingFailureException if the MC's preferences were saved since
	 * the form was opened
	 */
	@Transactional
	public void set(long actorAccountId, Event event, long microconferenceId, Map<Long, TimePreference> chosen,
			int version) {
		Microconference mc = rights.requireMcEditor(actorAccountId, event, microconferenceId);
		if (!open(event)) {
			throw new TimetableRefusedException(ENDED);
		}
		Set<Long> blocks = events.timeBlocks(event.id()).stream().map(TimeBlock::id).collect(Collectors.toSet());
		chosen.keySet().stream().filter(block -> !blocks.contains(block)).findFirst().ifPresent(unknown -> {
			throw new TimetableRefusedException("Time block " + unknown + " is not one of this event's.");
		});
		if (version != preferences.version(mc.id())) {
			throw new OptimisticLockingFailureException(STALE);
		}
		Map<Long, TimePreference> before = ofEvent(event.id()).getOrDefault(mc.id(), Map.of());
		Map<Long, TimePreference> after = new TreeMap<>(chosen);
		if (after.equals(before)) {
			return;
		}
		if (!preferences.advance(mc.id(), version)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		preferences.replace(mc.id(), named(after));
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "microconference", Long.toString(mc.id()),
				"time-preferences-set", named(before), named(after), null));
	}

	private static Map<Long, String> named(Map<Long, TimePreference> chosen) {
		Map<Long, String> names = new TreeMap<>();
		chosen.forEach((block, preference) -> names.put(block, preference.name()));
		return names;
	}

}
