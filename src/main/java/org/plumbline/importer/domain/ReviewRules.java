package org.plumbline.importer.domain;

import static org.plumbline.importer.domain.ReferenceRules.Reference.account;
import static org.plumbline.importer.domain.ReferenceRules.Reference.person;
import static org.plumbline.importer.domain.ReferenceRules.Reference.topic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Rules for the calls' questions, the topics' answers and the reviews that only the rest
 * of the file can decide: a question belongs to the call of an MC or plain track of the
 * file, a choice has options and no other kind has any, an answer names a question of its
 * topic's own call once, a review names a topic and an account of the file, once per
 * reviewer and topic, and a conflict of interest names accounts, a person and a topic of
 * the file, once per account and person (a mark) or topic (a declaration).
 */
final class ReviewRules {

	private ReviewRules() {
	}

	/** A CHOICE question has its options, and only a CHOICE question has options. */
	static void checkOptions(Findings findings, String pointer, JsonNode question) {
		boolean choice = "CHOICE".equals(Findings.text(question.get("kind")));
		if (choice && Findings.elements(question.get("options")).isEmpty()) {
			findings.add(pointer, "a CHOICE question needs its \"options\"");
		}
		if (!choice && question.has("options")) {
			findings.add(pointer + "/options", "only a CHOICE question has \"options\"");
		}
	}

	/**
	 * Each answer names a question by a number up to {@code asked}, and answers it once.
	 * @param answerer the pointer of the topic or registration that answers
	 * @param form what the answerer answered, for the message: "the call \"iommu\""
	 */
	static void checkAnswers(Findings findings, String answerer, JsonNode answers, int asked, String form,
			String list) {
		Map<String, String> answered = new HashMap<>();
		List<JsonNode> given = Findings.elements(answers);
		for (int j = 0; j < given.size(); j++) {
			String pointer = answerer + "/answers/" + j + "/question";
			JsonNode number = given.get(j).get("question");
			if (number == null || !number.isIntegralNumber()) {
				continue;
			}
			if (number.asInt() > asked) {
				findings.add(pointer, "no question " + number.asInt() + " in " + form + ": it asks " + asked + " in \""
						+ list + "\"");
			}
			findings.unique(answered, Integer.toString(number.asInt()), pointer,
					"answer to question " + number.asInt());
		}
	}

	/** The slugs of the file's MCs and plain tracks, each of which names a call. */
	static Set<String> calls(Findings findings) {
		Set<String> calls = new HashSet<>();
		for (String list : List.of("microconferences", "plainTracks")) {
			Findings.elements(findings.root().get(list)).forEach(call -> calls.add(Findings.text(call.get("slug"))));
		}
		return calls;
	}

	/** Reports a slug that names no MC or plain track of the file. */
	static void knownCall(Findings findings, Set<String> calls, String pointer, String call) {
		if (call != null && !calls.contains(call)) {
			findings.add(pointer,
					"unknown call \"" + call + "\": no entry of \"microconferences\" or \"plainTracks\" has this slug");
		}
	}

	static void check(Findings findings) {
		Set<String> calls = calls(findings);
		Map<String, Integer> questionsPerCall = new HashMap<>();
		List<JsonNode> questions = Findings.elements(findings.root().get("questions"));
		for (int i = 0; i < questions.size(); i++) {
			String pointer = "/questions/" + i;
			JsonNode question = questions.get(i);
			String call = Findings.text(question.get("call"));
			knownCall(findings, calls, pointer + "/call", call);
			questionsPerCall.merge(call, 1, Integer::sum);
			checkOptions(findings, pointer, question);
		}
		List<JsonNode> topicNodes = Findings.elements(findings.root().get("topics"));
		for (int i = 0; i < topicNodes.size(); i++) {
			JsonNode topic = topicNodes.get(i);
			String call = Findings.text(topic.get("call"));
			checkAnswers(findings, "/topics/" + i, topic.get("answers"), questionsPerCall.getOrDefault(call, 0),
					"the call \"" + call + "\"", "questions");
		}
		Set<String> topics = ReferenceRules.topicGuids(findings);
		Set<String> accounts = AccountRules.addressKeys(findings);
		ReferenceRules.onePerPair(findings, "reviews", topic("topic", topics), account("reviewer", accounts),
				(topic, reviewer) -> "review of topic " + topic + " by " + reviewer);
		checkConflicts(findings, topics, accounts);
	}

	private static void checkConflicts(Findings findings, Set<String> topics, Set<String> accounts) {
		ReferenceRules.onePerPair(findings, "conflictMarks", account("account", accounts),
				person("person", AccountRules.personIds(findings)),
				(account, person) -> "conflict mark of " + account + " against person \"" + person + "\"");
		List<JsonNode> marks = Findings.elements(findings.root().get("conflictMarks"));
		for (int i = 0; i < marks.size(); i++) {
			AccountRules.knownAccount(findings, accounts, "/conflictMarks/" + i + "/markedBy",
					Findings.text(marks.get(i).get("markedBy")));
		}
		ReferenceRules.onePerPair(findings, "declaredConflicts", topic("topic", topics), account("account", accounts),
				(topic, account) -> "declared conflict with topic " + topic + " by " + account);
	}

}
