package org.plumbline.importer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.event.TimeBlock;
import org.plumbline.importer.domain.EventFileContent.FilePeriod;
import org.plumbline.importer.domain.EventFileContent.FilePolicy;
import org.plumbline.importer.domain.EventFileContent.FilePreference;
import org.plumbline.importer.domain.EventFileContent.FileScheduler;
import org.plumbline.people.PersonSummary;
import org.plumbline.schedule.BackedUpSchedulerInputs;
import org.plumbline.schedule.BackedUpSchedulerInputs.Period;
import org.plumbline.schedule.BackedUpSchedulerInputs.Preference;
import org.plumbline.schedule.BackedUpSchedulerInputs.Weight;
import org.plumbline.schedule.ConflictKind;
import org.plumbline.schedule.ConflictLevel;
import org.plumbline.schedule.RulePolicy;
import org.plumbline.schedule.TimePreference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scheduler's inputs in an event data file: {@code scheduleSettings} (the release
 * switch), {@code conflictPolicies}, {@code solverWeights}, {@code timePreferences} (each
 * block by its date and label, as sessions name it) and {@code unavailability} (each
 * person by their {@code people[]} entry, each room by its name). Each list is written in
 * an order the stored ids do not decide, so a restored event exports the same bytes.
 */
final class SchedulerJson {

	private SchedulerJson() {
	}

	/** The event's MCs, time blocks, rooms and people as the file names them. */
	record Names(List<Long> microconferenceOrder, Map<Long, String> mcSlugs, List<TimeBlock> timeBlocks, ZoneId zone,
			Map<Long, String> roomNames, Map<Long, PersonSummary> persons) {
	}

	static void write(ObjectNode root, BackedUpSchedulerInputs inputs, Names names) {
		if (inputs.releaseAcceptedTalks() != null) {
			root.putObject("scheduleSettings").put("releaseAcceptedTalks", inputs.releaseAcceptedTalks());
		}
		ArrayNode policies = root.putArray("conflictPolicies");
		inputs.policies()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(policy -> policies.addObject()
				.put("kind", policy.getKey().name())
				.put("policy", policy.getValue().name()));
		ArrayNode weights = root.putArray("solverWeights");
		inputs.weights()
			.forEach(weight -> weights.addObject()
				.put("constraint", weight.constraint())
				.put("level", weight.level().name())
				.put("weight", weight.weight()));
		Map<Long, TimeBlock> blocks = new HashMap<>();
		names.timeBlocks().forEach(block -> blocks.put(block.id(), block));
		ArrayNode preferences = root.putArray("timePreferences");
		inputs.preferences()
			.stream()
			.sorted(Comparator
				.comparingInt(
						(Preference preference) -> names.microconferenceOrder().indexOf(preference.microconferenceId()))
				.thenComparingInt(preference -> names.timeBlocks().indexOf(blocks.get(preference.timeBlockId()))))
			.forEach(preference -> {
				TimeBlock block = blocks.get(preference.timeBlockId());
				preferences.addObject()
					.put("microconference", names.mcSlugs().get(preference.microconferenceId()))
					.put("date", block.startsAt().atZone(names.zone()).toLocalDate().toString())
					.put("block", block.label())
					.put("preference", preference.preference().name());
			});
		ArrayNode periods = root.putArray("unavailability");
		for (Period period : inputs.unavailability()) {
			ObjectNode node = periods.addObject();
			if (period.personId() != null) {
				node.put("person", names.persons().get(period.personId()).guid().toString());
			}
			else {
				node.put("room", names.roomNames().get(period.roomId()));
			}
			node.put("startsAt", period.startsAt().toString()).put("endsAt", period.endsAt().toString());
			if (period.reason() != null) {
				node.put("reason", period.reason());
			}
		}
	}

	/** The scheduler's inputs of a file that passed validation. */
	static FileScheduler read(JsonNode root) {
		JsonNode settings = root.path("scheduleSettings").get("releaseAcceptedTalks");
		List<FilePolicy> policies = new ArrayList<>();
		root.path("conflictPolicies")
			.values()
			.forEach(policy -> policies.add(new FilePolicy(ConflictKind.valueOf(policy.get("kind").stringValue()),
					RulePolicy.valueOf(policy.get("policy").stringValue()))));
		List<Weight> weights = new ArrayList<>();
		root.path("solverWeights")
			.values()
			.forEach(weight -> weights.add(new Weight(weight.get("constraint").stringValue(),
					ConflictLevel.valueOf(weight.get("level").stringValue()), weight.get("weight").longValue())));
		List<FilePreference> preferences = new ArrayList<>();
		root.path("timePreferences")
			.values()
			.forEach(preference -> preferences.add(new FilePreference(preference.get("microconference").stringValue(),
					LocalDate.parse(preference.get("date").stringValue()), preference.get("block").stringValue(),
					TimePreference.valueOf(preference.get("preference").stringValue()))));
		List<FilePeriod> periods = new ArrayList<>();
		root.path("unavailability")
			.values()
			.forEach(period -> periods.add(new FilePeriod(Findings.text(period.get("person")),
					Findings.text(period.get("room")), Instant.parse(period.get("startsAt").stringValue()),
					Instant.parse(period.get("endsAt").stringValue()), Findings.text(period.get("reason")))));
		return new FileScheduler(settings == null ? null : settings.booleanValue(), List.copyOf(policies),
				List.copyOf(weights), List.copyOf(preferences), List.copyOf(periods));
	}

}
