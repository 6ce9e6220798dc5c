package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.plumbline.people.EmailKeys;
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
		Set<String> topics = new HashSet<>();
		List<JsonNode> topicNodes = Findings.elements(findings.root().get("topics"));
		for (int i = 0; i < topicNodes.size(); i++) {
			JsonNode topic = topicNodes.get(i);
			String guid = Findings.text(topic.get("guid"));
			if (guid != null) {
				topics.add(guid.toLowerCase(Locale.ROOT));
			}
			String call = Findings.text(topic.get("call"));
			checkAnswers(findings, "/topics/" + i, topic.get("answers"), questionsPerCall.getOrDefault(call, 0),
					"the call \"" + call + "\"", "questions");
		}
		Set<String> accounts = AccountRules.addressKeys(findings);
		onePerTopicAndAccount(findings, "reviews", "reviewer", "review of topic", topics, accounts);
		checkConflicts(findings, topics, accounts);
	}

	private static void checkConflicts(Findings findings, Set<String> topics, Set<String> accounts) {
		Set<String> people = AccountRules.personIds(findings);
		Map<String, String> marked = new HashMap<>();
		List<JsonNode> marks = Findings.elements(findings.root().get("conflictMarks"));
		for (int i = 0; i < marks.size(); i++) {
			String pointer = "/conflictMarks/" + i;
			String account = Findings.text(marks.get(i).get("account"));
			String person = Findings.text(marks.get(i).get("person"));
			AccountRules.knownAccount(findings, accounts, pointer + "/account", account);
			AccountRules.knownAccount(findings, accounts, pointer + "/markedBy",
					Findings.text(marks.get(i).get("markedBy")));
			AccountRules.knownPerson(findings, people, pointer + "/person", person);
			if (account != null && person != null) {
				findings.unique(marked, EmailKeys.of(account) + " " + person, pointer,
						"conflict mark of " + account + " against person \"" + person + "\"");
			}
		}
		onePerTopicAndAccount(findings, "declaredConflicts", "account", "declared conflict with topic", topics,
				accounts);
	}

	/**
	 * Each entry of the list names a topic and an account of the file, and no pair comes
	 * twice.
	 * @param what the entry, as the message on a second one names it with its topic
	 */
	private static void onePerTopicAndAccount(Findings findings, String list, String accountField, String what,
			Set<String> topics, Set<String> accounts) {
		Map<String, String> seen = new HashMap<>();
		List<JsonNode> entries = Findings.elements(findings.root().get(list));
		for (int i = 0; i < entries.size(); i++) {
			String pointer = "/" + list + "/" + i;
			String topic = Findings.text(entries.get(i).get("topic"));
			String account = Findings.text(entries.get(i).get(accountField));
			if (topic != null && !topics.contains(topic.toLowerCase(Locale.ROOT))) {
				findings.add(pointer + "/topic", TimetableRules.UNKNOWN_TOPIC.formatted(topic));
			}
			AccountRules.knownAccount(findings, accounts, pointer + "/" + accountField, account);
			if (topic != null && account != null) {
				findings.unique(seen, topic.toLowerCase(Locale.ROOT) + " " + EmailKeys.of(account), pointer,
						what + " " + topic + " by " + account);
			}
		}
	}

}
