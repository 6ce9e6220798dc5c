package org.plumbline.importer.domain;

import java.time.Instant;
import java.util.Optional;

import org.plumbline.registration.BackedUpRegistrationSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code registrationSettings} of an event data file: the rules an event saved for
 * its registrations (cancel deadline, days to pay, hours an offer is held, passes per MC,
 * bank details). A file without them is an event on the defaults.
 */
final class RegistrationSettingsJson {

	private RegistrationSettingsJson() {
	}

	static void write(ObjectNode root, Optional<BackedUpRegistrationSettings> saved) {
		saved.ifPresent(settings -> {
			ObjectNode node = root.putObject("registrationSettings");
			if (settings.cancelUntil() != null) {
				node.put("cancelUntil", settings.cancelUntil().toString());
			}
			node.put("paymentDays", settings.paymentDays())
				.put("offerHours", settings.offerHours())
				.put("passesPerMicroconference", settings.passesPerMicroconference());
			if (settings.bankDetails() != null) {
				node.put("bankDetails", settings.bankDetails());
			}
			node.put("updatedAt", settings.updatedAt().toString());
		});
	}

	/** The settings of a file that passed validation, or null if it gives none. */
	static BackedUpRegistrationSettings read(JsonNode root) {
		JsonNode node = root.get("registrationSettings");
		if (node == null) {
			return null;
		}
		JsonNode cancelUntil = node.get("cancelUntil");
		JsonNode bankDetails = node.get("bankDetails");
		return new BackedUpRegistrationSettings(cancelUntil == null ? null : Instant.parse(cancelUntil.stringValue()),
				node.get("paymentDays").intValue(), node.get("offerHours").intValue(),
				node.get("passesPerMicroconference").intValue(), bankDetails == null ? null : bankDetails.stringValue(),
				Instant.parse(node.get("updatedAt").stringValue()));
	}

}
