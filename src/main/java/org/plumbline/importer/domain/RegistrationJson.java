package org.plumbline.importer.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.plumbline.registration.BackedUpFormQuestion;
import org.plumbline.registration.BackedUpRegistration;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code registrations} of an export: each with its ticket type by its number
 * in {@code ticketTypes} and its place in that type's line, or the pass it was made with
 * by its number in {@code passes}; its accounts by address, its reference, its status,
 * price, payment and offer as stored, and the bank statement its payment was recorded
 * from by its number in {@code bankStatements}.
 */
final class RegistrationJson {

	private RegistrationJson() {
	}

	/**
	 * @param ticketTypeNumbers each ticket type's number (from 1) in the file, by its id
	 * @param passNumbers each pass's number (from 1) in the file, by its id
	 * @param statementNumbers each bank statement's number (from 1) in the file, by its
	 * id
	 */
	static void write(ObjectNode root, List<BackedUpRegistration> registrations, Map<Long, Integer> ticketTypeNumbers,
			Map<Long, Integer> passNumbers, Map<Long, Integer> statementNumbers, Map<Long, String> addresses,
			FormAnswers form) {
		ArrayNode questions = root.putArray("registrationQuestions");
		Map<Long, Integer> questionNumbers = new HashMap<>();
		for (BackedUpFormQuestion question : form.questions()) {
			questionNumbers.put(question.id(), questionNumbers.size() + 1);
			ReviewJson.writeQuestion(questions.addObject(), question.definition(), question.retiredAt());
		}
		ArrayNode list = root.putArray("registrations");
		for (BackedUpRegistration registration : registrations) {
			ObjectNode node = list.addObject();
			if (registration.ticketTypeId() != null) {
				node.put("ticketType", ticketTypeNumbers.get(registration.ticketTypeId()));
			}
			else {
				node.put("pass", passNumbers.get(registration.passId()));
			}
			node.put("account", addresses.get(registration.accountId())).put("reference", registration.reference());
			if (registration.ticketTypeId() != null) {
				node.put("arrival", registration.arrival());
			}
			node.put("status", registration.status()).put("price", registration.priceMinor());
			if (registration.currency() != null) {
				node.put("currency", registration.currency());
			}
			instant(node, "paymentDueAt", registration.paymentDueAt());
			instant(node, "paidAt", registration.paidAt());
			if (registration.amountReceivedMinor() != null) {
				node.put("amountReceived", registration.amountReceivedMinor());
			}
			if (registration.paidByAccountId() != null) {
				node.put("paidBy", addresses.get(registration.paidByAccountId()));
			}
			if (registration.paidByStatementId() != null) {
				node.put("paidByStatement", statementNumbers.get(registration.paidByStatementId()));
			}
			if (registration.refundDue()) {
				node.put("refundDue", true);
			}
			instant(node, "offeredAt", registration.offeredAt());
			instant(node, "offerExpiresAt", registration.offerExpiresAt());
			instant(node, "offerRemindedAt", registration.offerRemindedAt());
			instant(node, "endedAt", registration.endedAt());
			if (registration.joinedLine()) {
				node.put("joinedLine", true);
			}
			node.put("createdAt", registration.createdAt().toString())
				.put("updatedAt", registration.updatedAt().toString());
			SortedMap<Integer, String> answers = new TreeMap<>();
			form.answers()
				.getOrDefault(registration.reference(), Map.of())
				.forEach((question, answer) -> answers.put(questionNumbers.get(question), answer));
			ReviewJson.writeAnswers(node, answers);
		}
	}

	/**
	 * The registration form's questions in order, and the registrations' answers by
	 * reference, then by question id.
	 */
	record FormAnswers(List<BackedUpFormQuestion> questions, Map<String, Map<Long, String>> answers) {
	}

	/** Puts the instant, unless it is null. */
	static void instant(ObjectNode node, String field, Instant value) {
		if (value != null) {
			node.put(field, value.toString());
		}
	}

}
