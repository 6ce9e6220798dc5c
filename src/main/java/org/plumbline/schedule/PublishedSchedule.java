package org.plumbline.schedule;

import java.util.List;
import java.util.Optional;

import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.event.Event;
import org.plumbline.schedule.domain.ScheduleResolver;
import org.plumbline.schedule.domain.TimetableRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the world reads of an event's timetable: its released versions, never the draft.
 */
@Service
@Transactional(readOnly = true)
public class PublishedSchedule {

	private final TimetableRepository timetables;

	private final ScheduleResolver resolver;

	PublishedSchedule(TimetableRepository timetables, ScheduleResolver resolver) {
		this.timetables = timetables;
		this.resolver = resolver;
	}

	/** The event's latest released version, if it released one. */
	public Optional<ReleasedSchedule> latest(Event event) {
		return timetables.latestReleasedId(event.id())
			.flatMap(timetables::find)
			.map(release -> resolver.resolve(event, release));
	}

	/**
	 * The talks of the event's latest released version from the given position on (0 for
	 * the first), at most {@code limit} of them, with how many it shows in all; empty
	 * before the first release.
	 */
	public Optional<ReleasedTalkPage> latestTalks(Event event, long offset, int limit) {
		return timetables.latestReleasedId(event.id()).map(id -> {
			int total = timetables.talkCount(id, PlaceableTopic.STATES);
			List<ScheduledSession> page = offset < total
					? resolver.resolveSessions(event, timetables.talkPage(id, PlaceableTopic.STATES, offset, limit))
					: List.of();
			return new ReleasedTalkPage(event, page, total);
		});
	}

	/** One released version of the event by its number. */
	public Optional<ReleasedSchedule> version(Event event, int number) {
		return timetables.releasedId(event.id(), number)
			.flatMap(timetables::find)
			.map(release -> resolver.resolve(event, release));
	}

}
