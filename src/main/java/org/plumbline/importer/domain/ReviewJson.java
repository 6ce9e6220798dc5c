package org.plumbline.importer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.plumbline.cfp.BackedUpQuestion;
import org.plumbline.review.BackedUpReview;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code questions} and {@code reviews} of an export and numbers the questions
 * for the topics' answers: each call's questions in order, numbered from 1 within their
 * call, so a question needs no id of its own in the file.
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
				ObjectNode node = list.addObject()
					.put("call", slugs.get(call))
					.put("kind", question.definition().kind().name())
					.put("label", question.definition().label());
				if (question.definition().help() != null) {
					node.put("help", question.definition().help());
				}
				if (!question.definition().options().isEmpty()) {
					ArrayNode options = node.putArray("options");
					question.definition().options().forEach(options::add);
				}
				node.put("required", question.definition().required());
				if (question.retiredAt() != null) {
					node.put("retiredAt", question.retiredAt().toString());
				}
			}
		}
		return numbers;
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

}
