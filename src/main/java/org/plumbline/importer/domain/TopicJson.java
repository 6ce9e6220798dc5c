package org.plumbline.importer.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.plumbline.account.BackedUpAccount;
import org.plumbline.cfp.BackedUpConfirmation;
import org.plumbline.cfp.BackedUpTopic;
import org.plumbline.cfp.BackedUpTrack;
import org.plumbline.cfp.Topic.Speaker;
import org.plumbline.people.PersonSummary;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code plainTracks}, {@code topics} and {@code speakerConfirmations} of an
 * export: every stored field, each topic's call by its MC's or plain track's slug and its
 * speakers pinned to their persons by GUID, as the MCs' lists are.
 */
final class TopicJson {

	private TopicJson() {
	}

	static void writeTracks(ObjectNode root, Collection<BackedUpTrack> tracks) {
		ArrayNode list = root.putArray("plainTracks");
		for (BackedUpTrack track : tracks) {
			ObjectNode node = list.addObject().put("slug", track.slug()).put("name", track.name());
			if (track.opensAt() != null) {
				node.put("opensAt", track.opensAt().toString());
			}
			if (track.closesAt() != null) {
				node.put("closesAt", track.closesAt().toString());
			}
			ArrayNode durations = node.putArray("durations");
			track.durations().forEach(durations::add);
			if (track.minutesBudget() != null) {
				node.put("minutesBudget", track.minutesBudget());
			}
		}
	}

	/**
	 * @param calls the slug of each topic's call, by the topic's index in {@code topics}
	 * @param exportNumbers the export number of each topic placed in a timetable, by GUID
	 * @param accounts the accounts that submitted or decided topics, among others
	 * @param answers each topic's answers by its GUID, keyed by the question's number in
	 * its call
	 */
	static void writeTopics(ObjectNode root, List<BackedUpTopic> topics, List<String> calls,
			Map<UUID, Integer> exportNumbers, Map<Long, PersonSummary> persons, List<BackedUpAccount> accounts,
			Map<UUID, SortedMap<Integer, String>> answers) {
		Map<Long, String> addresses = AccountJson.addresses(accounts);
		ArrayNode list = root.putArray("topics");
		for (int i = 0; i < topics.size(); i++) {
			BackedUpTopic topic = topics.get(i);
			ObjectNode node = list.addObject()
				.put("guid", topic.guid().toString())
				.put("call", calls.get(i))
				.put("state", topic.state().name());
			if (topic.pendingState() != null) {
				node.put("pendingState", topic.pendingState().name());
			}
			node.put("title", topic.title());
			if (topic.abstractText() != null) {
				node.put("abstract", topic.abstractText());
			}
			if (topic.durationMinutes() != null) {
				node.put("durationMinutes", topic.durationMinutes());
			}
			if (topic.notes() != null) {
				node.put("notes", topic.notes());
			}
			node.put("createdAt", topic.createdAt().toString()).put("updatedAt", topic.updatedAt().toString());
			if (topic.submittedAt() != null) {
				node.put("submittedAt", topic.submittedAt().toString());
			}
			if (topic.decidedAt() != null) {
				node.put("decidedAt", topic.decidedAt().toString());
			}
			if (topic.announcedAt() != null) {
				node.put("announcedAt", topic.announcedAt().toString());
			}
			if (topic.cancelReason() != null) {
				node.put("cancelReason", topic.cancelReason());
			}
			if (topic.submittedBy() != null) {
				node.put("submittedBy", addresses.get(topic.submittedBy()));
			}
			if (topic.decidedBy() != null) {
				node.put("decidedBy", addresses.get(topic.decidedBy()));
			}
			Integer exportNumber = exportNumbers.get(topic.guid());
			if (exportNumber != null) {
				node.put("exportNumber", exportNumber);
			}
			ReviewJson.writeAnswers(node, answers.getOrDefault(topic.guid(), new TreeMap<>()));
			ArrayNode speakers = node.putArray("speakers");
			for (Speaker speaker : topic.speakers()) {
				speakers.addObject()
					.put("name", speaker.nameAsWritten())
					.put("person", persons.get(speaker.personId()).guid().toString());
			}
		}
	}

	/**
	 * The speakers' answers to accepted topics, topics by GUID and speakers by their
	 * {@code people[]} id (their GUID); never the mailed link's secret or its hash.
	 */
	static void writeConfirmations(ObjectNode root, List<BackedUpConfirmation> confirmations,
			Map<Long, String> topicGuids, Map<Long, PersonSummary> persons) {
		ArrayNode list = root.putArray("speakerConfirmations");
		for (BackedUpConfirmation confirmation : confirmations) {
			ObjectNode node = list.addObject()
				.put("topic", topicGuids.get(confirmation.topicId()))
				.put("person", persons.get(confirmation.personId()).guid().toString())
				.put("announcedAt", confirmation.announcedAt().toString());
			if (confirmation.answer() != null) {
				node.put("answer", confirmation.answer().name())
					.put("answeredAt", confirmation.answeredAt().toString());
			}
			if (confirmation.remindedAt() != null) {
				node.put("remindedAt", confirmation.remindedAt().toString());
			}
		}
	}

}
