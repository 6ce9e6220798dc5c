package org.plumbline.importer.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.plumbline.cfp.BackedUpQuestion;
import org.plumbline.people.PersonSummary;
import org.plumbline.question.QuestionDefinition;
import org.plumbline.review.BackedUpConflicts;
import org.plumbline.review.BackedUpReview;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code questions}, {@code reviews} and conflicts of interest of an export,
 * and numbers the questions for the topics' answers: each call's questions in order,
 * numbered from 1 within their call, so a question needs no id of its own in the file.
 */
final class ReviewJson {

	private ReviewJson() {
	}

	/**
	 * @param questions the event's questions, each call's in order
	 * @param callOrder the ids of the event's MCs, then of its plain tracks, as the file
	 * lists them
	 * @param slugs the slug of each MC and plain track, by its id, MCs' first
	 * @return each question's number within its call, by its id
	 */
	static Map<Long, Integer> writeQuestions(ObjectNode root, List<BackedUpQuestion> questions, List<CallId> callOrder,
			Map<CallId, String> slugs) {
		Map<CallId, List<BackedUpQuestion>> byCall = new HashMap<>();
		for (BackedUpQuestion question : questions) {
			byCall.computeIfAbsent(CallId.of(question), call -> new ArrayList<>()).add(question);
		}
		Map<Long, Integer> numbers = new HashMap<>();
		ArrayNode list = root.putArray("questions");
		for (CallId call : callOrder) {
			List<BackedUpQuestion> asked = byCall.getOrDefault(call, List.of());
			for (int i = 0; i < asked.size(); i++) {
				BackedUpQuestion question = asked.get(i);
				numbers.put(question.id(), i + 1);
				writeQuestion(list.addObject().put("call", slugs.get(call)), question.definition(),
						question.retiredAt());
			}
		}
		return numbers;
	}

	/**
	 * A question's fields, as a call's and the registration form's questions have them.
	 */
	static void writeQuestion(ObjectNode node, QuestionDefinition question, Instant retiredAt) {
		node.put("kind", question.kind().name()).put("label", question.label());
		if (question.help() != null) {
			node.put("help", question.help());
		}
		if (!question.options().isEmpty()) {
			ArrayNode options = node.putArray("options");
			question.options().forEach(options::add);
		}
		node.put("required", question.required());
		RegistrationJson.instant(node, "retiredAt", retiredAt);
	}

	/** An answerer's answers, by the question's number, if it gave any. */
	static void writeAnswers(ObjectNode node, SortedMap<Integer, String> answers) {
		if (!answers.isEmpty()) {
			ArrayNode list = node.putArray("answers");
			answers.forEach((question, answer) -> list.addObject().put("question", question).put("answer", answer));
		}
	}

	/** An MC's or a plain track's call by the id of one of them. */
	record CallId(Long microconferenceId, Long plainTrackId) {

		static CallId of(BackedUpQuestion question) {
			return new CallId(question.microconferenceId(), question.plainTrackId());
		}

	}

	/**
	 * The answers of each topic by its GUID, each keyed by its question's number.
	 * @param answers by topic id, each by question id
	 */
	static Map<UUID, SortedMap<Integer, String>> answersByTopic(Map<UUID, Long> topicIds,
			Map<Long, Map<Long, String>> answers, Map<Long, Integer> questionNumbers) {
		Map<UUID, SortedMap<Integer, String>> byTopic = new HashMap<>();
		topicIds.forEach((guid, id) -> {
			SortedMap<Integer, String> numbered = new TreeMap<>();
			answers.getOrDefault(id, Map.of())
				.forEach((questionId, answer) -> numbered.put(questionNumbers.get(questionId), answer));
			byTopic.put(guid, numbered);
		});
		return byTopic;
	}

	static void writeReviews(ObjectNode root, List<BackedUpReview> reviews, Map<Long, String> topicGuids,
			Map<Long, String> addresses) {
		ArrayNode list = root.putArray("reviews");
		for (BackedUpReview review : reviews) {
			ObjectNode node = list.addObject()
				.put("topic", topicGuids.get(review.topicId()))
				.put("reviewer", addresses.get(review.reviewerAccountId()))
				.put("score", review.score());
			if (review.comment() != null) {
				node.put("comment", review.comment());
			}
			node.put("createdAt", review.createdAt().toString()).put("updatedAt", review.updatedAt().toString());
		}
	}

	/**
	 * The organisers' conflict marks and the reviewers' declared conflicts, accounts by
	 * address, persons by their {@code people[]} id (their GUID), topics by GUID.
	 */
	static void writeConflicts(ObjectNode root, BackedUpConflicts conflicts, Map<Long, String> topicGuids,
			Map<Long, String> addresses, Map<Long, PersonSummary> persons) {
		ArrayNode marks = root.putArray("conflictMarks");
		for (BackedUpConflicts.Mark mark : conflicts.marks()) {
			ObjectNode node = marks.addObject()
				.put("account", addresses.get(mark.accountId()))
				.put("person", persons.get(mark.personId()).guid().toString())
				.put("reason", mark.reason());
			if (mark.markedBy() != null) {
				node.put("markedBy", addresses.get(mark.markedBy()));
			}
			node.put("markedAt", mark.markedAt().toString());
		}
		ArrayNode declarations = root.putArray("declaredConflicts");
		for (BackedUpConflicts.Declaration declared : conflicts.declarations()) {
			ObjectNode node = declarations.addObject()
				.put("topic", topicGuids.get(declared.topicId()))
				.put("account", addresses.get(declared.accountId()));
			if (declared.reason() != null) {
				node.put("reason", declared.reason());
			}
			node.put("declaredAt", declared.declaredAt().toString());
		}
	}

}
