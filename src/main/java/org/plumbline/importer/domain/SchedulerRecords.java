package org.plumbline.importer.domain;

import java.util.Map;
import java.util.stream.Collectors;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.importer.domain.EventFileContent.FilePerson;
import org.plumbline.importer.domain.EventFileContent.FileScheduler;
import org.plumbline.schedule.BackedUpSchedulerInputs.Period;
import org.plumbline.schedule.BackedUpSchedulerInputs.Preference;
import org.plumbline.schedule.RunFileKeys;
import org.plumbline.schedule.RunFiles;
import org.plumbline.schedule.SchedulingBackups;
import org.springframework.stereotype.Component;

/**
 * Writes back the scheduler's inputs and the solver runs an event data file carries, each
 * the database refuses reported at its place in the file. Part of
 * {@link EventFileImporter}'s one transaction.
 */
@Component
class SchedulerRecords {

	private final SchedulingBackups backups;

	private final EventCatalog catalog;

	SchedulerRecords(SchedulingBackups backups, EventCatalog catalog) {
		this.backups = backups;
		this.catalog = catalog;
	}

	/**
	 * Stores the release switch, the conflict policies, the solver's weights and the MCs'
	 * preferred blocks. Before the timetable: a release is checked against the event's
	 * policies, as it was when it was released.
	 */
	void choices(Event event, EventFileContent content, Map<String, Long> microconferenceIds) {
		FileScheduler scheduler = content.scheduler();
		if (scheduler.releaseAcceptedTalks() != null) {
			EventFileRecords.one(content, "/scheduleSettings", "schedule setting", () -> backups
				.restoreReleaseSetting(event, TimetableImport.ACTOR, scheduler.releaseAcceptedTalks()));
		}
		EventFileRecords.each(content, scheduler.policies(), "conflictPolicies", "conflict policy",
				policy -> backups.restorePolicy(event, TimetableImport.ACTOR, policy.kind(), policy.policy()));
		EventFileRecords.each(content, scheduler.weights(), "solverWeights", "solver weight",
				weight -> backups.restore(event, TimetableImport.ACTOR, weight));
		Map<TimetableImport.BlockName, Long> blocks = blocks(event);
		EventFileRecords.each(content, scheduler.preferences(), "timePreferences", "MC time preference",
				preference -> backups.restore(event, TimetableImport.ACTOR,
						new Preference(microconferenceIds.get(preference.microconference()),
								blocks.get(new TimetableImport.BlockName(preference.date(), preference.block())),
								preference.preference())));
	}

	/**
	 * Stores the declared unavailability. After the timetable: an interval declared after
	 * a release would otherwise refuse that release, which was made without it.
	 */
	void unavailability(Event event, EventFileContent content, Map<String, Long> personIds) {
		Map<String, Long> rooms = catalog.rooms(event.id()).stream().collect(Collectors.toMap(Room::name, Room::id));
		EventFileRecords.each(content, content.scheduler().unavailability(), "unavailability", "unavailable period",
				period -> {
					FilePerson person = period.person() == null ? null : content.people().get(period.person());
					backups.restore(event, TimetableImport.ACTOR,
							new Period(person == null ? null : personIds.get(FilePeople.pinnedIdentity(person)),
									period.room() == null ? null : rooms.get(period.room()), period.startsAt(),
									period.endsAt(), period.reason()));
				});
	}

	/**
	 * Stores the solver runs with this database's ids in their files. After the draft,
	 * which they were read from.
	 */
	void runs(Event event, EventFileContent content, Map<String, Long> personIds, Map<String, Long> accountIds) {
		Map<TimetableImport.BlockName, Long> blocks = blocks(event);
		EventFileRecords.each(content, content.solverRuns(), "solverRuns", "solver run", run -> {
			RunFiles files = RunFileKeys.stored(run.run().files(), new RunFileKeys.Ids(key -> {
				FilePerson person = content.people().get(key);
				return person == null ? null : personIds.get(FilePeople.pinnedIdentity(person));
			}, address -> EventFileRecords.accountId(accountIds, address),
					(day, label) -> blocks.get(new TimetableImport.BlockName(day, label))));
			backups.restore(event, TimetableImport.ACTOR,
					run.run().naming(files, EventFileRecords.accountId(accountIds, run.requestedBy())));
		});
	}

	/** The event's time blocks, by the date and label the file names them by. */
	private Map<TimetableImport.BlockName, Long> blocks(Event event) {
		return catalog.timeBlocks(event.id())
			.stream()
			.collect(Collectors.toMap(block -> TimetableImport.BlockName.of(block, event.timeZone()),
					block -> block.id(), (first, second) -> first));
	}

}
