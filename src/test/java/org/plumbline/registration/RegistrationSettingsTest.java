package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The organisers' registration settings (issue 13, points 2, 3, 5 and 6): the defaults
 * until a first save, saved rules shown and used, refused values told beside their field,
 * a stale or racing save told, and nobody else sees the page.
 */
class RegistrationSettingsTest extends RegistrationWebTest {

	static final String SETTINGS = "/manage/" + EVENT + "/registration/settings";

	static final Map<String, String> SAVED = Map.of("cancelUntil", "2027-04-01T18:00", "paymentDays", "10",
			"offerHours", "48", "passesPerMicroconference", "3", "bankDetails", "IBAN DE00 1234\r\nRegister e.V.");

	@Autowired
	RegistrationSettingsService settings;

	@Test
	void beforeAnySaveThePageShowsTheDefaults() {
		Document page = signedIn(ORGANISER).page(SETTINGS);

		assertThat(page.select("#settings-defaults").text()).contains("the event uses the defaults");
		assertThat(page.select("#cancelUntil").val()).isEmpty();
		assertThat(page.select("#paymentDays").val()).isEqualTo("14");
		assertThat(page.select("#offerHours").val()).isEqualTo("72");
		assertThat(page.select("#passesPerMicroconference").val()).isEqualTo("2");
		assertThat(page.select("#bankDetails").val()).isEmpty();
		assertThat(page.select("input[name=version]").val()).isEqualTo("0");
		assertThat(page.select("#cancelUntil_hint").text())
			.isEqualTo("In Europe/Berlin; empty for until the event starts, 2027-04-12 00:00 Europe/Berlin.");
	}

	@Test
	void savedSettingsAreShownAuditedAndUsedOnTheAttendeesPage() {
		WebClient olga = signedIn(ORGANISER);

		HttpResponse<String> saved = olga.submit(SETTINGS, SETTINGS, SAVED);

		assertThat(WebClient.location(saved)).endsWith(SETTINGS);
		Document page = olga.page(SETTINGS);
		assertThat(page.select("[role=status]").text()).isEqualTo("Saved the registration settings.");
		assertThat(page.select("#settings-defaults")).isEmpty();
		assertThat(page.select("#cancelUntil").val()).isEqualTo("2027-04-01T18:00");
		assertThat(page.select("#paymentDays").val()).isEqualTo("10");
		assertThat(page.select("#offerHours").val()).isEqualTo("48");
		assertThat(page.select("#passesPerMicroconference").val()).isEqualTo("3");
		assertThat(page.select("#bankDetails").val()).isEqualTo("IBAN DE00 1234\nRegister e.V.");
		assertThat(page.select("input[name=version]").val()).isEqualTo("1");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'registration-settings'")
			.query(String.class)
			.list()).containsExactly("registration-settings-changed");
		TicketType regular = onSale("Regular", "0", 10);
		registrations.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of());
		assertThat(signedIn(ANNA).page("/" + EVENT + "/registration").text())
			.contains("You may cancel until 2027-04-01 18:00 Europe/Berlin");
	}

	@Test
	void aSecondSaveChangesTheSavedRulesAndAnEmptyDeadlineMeansTheEventsStart() {
		WebClient olga = signedIn(ORGANISER);
		olga.submit(SETTINGS, SETTINGS, SAVED);

		olga.submit(SETTINGS, SETTINGS, Map.of("cancelUntil", "", "bankDetails", ""));

		assertThat(settings.of(event, organiserId)).isEqualTo(new RegistrationSettings(null, 10, 48, 3, null, 2));
		assertThat(registrations.cancelDeadline(event)).isEqualTo(event.startsAt());
	}

	@Test
	void refusedValuesAreToldBesideTheirFieldsAndSaveNothing() {
		WebClient olga = signedIn(ORGANISER);

		Document refused = Jsoup.parse(olga
			.submit(SETTINGS, SETTINGS, Map.of("cancelUntil", "2027-02-30T10:00", "paymentDays", "0", "offerHours",
					"721", "passesPerMicroconference", "two", "bankDetails", "x".repeat(2001)))
			.body());

		assertThat(refused.select("[role=alert]").text()).isEqualTo("Please correct the fields marked below.");
		assertThat(refused.select("#cancelUntil_error").text())
			.isEqualTo("Give a date and time such as 2027-05-03T10:00.");
		assertThat(refused.select("#paymentDays_error").text()).isEqualTo("Give a whole number of days from 1 to 365.");
		assertThat(refused.select("#offerHours_error").text()).isEqualTo("Give a whole number of hours from 1 to 720.");
		assertThat(refused.select("#passesPerMicroconference_error").text())
			.isEqualTo("Give a whole number of passes from 0 to 100.");
		assertThat(refused.select("#bankDetails_error").text())
			.isEqualTo("At most 2000 characters fit; this has 2001.");
		assertThat(refused.select("#offerHours").val()).as("the form keeps what was typed").isEqualTo("721");
		assertThat(refused.select("input[name=version]").val()).isEqualTo("0");
		assertThat(fieldError(olga, "2027-04-12T10:00")).isEqualTo(
				"Cancelling can close when the event starts, 2027-04-12 00:00 Europe/Berlin, at the latest; leave the field empty for that.");
		assertThat(fieldError(olga, "2027-03-28T02:30"))
			.isEqualTo("2027-03-28 02:30 does not exist in Europe/Berlin: the clocks skip it when they go forward.");
		assertThat(count("SELECT COUNT(*) FROM registration_settings")).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry")).isZero();
	}

	@Test
	void aStaleSaveIsToldAndChangesNothing() {
		WebClient olga = signedIn(ORGANISER);
		olga.submit(SETTINGS, SETTINGS, SAVED);

		Map<String, String> stale = new HashMap<>(SAVED);
		stale.put("version", "0");
		stale.put("paymentDays", "30");
		Document told = Jsoup.parse(olga.postWithToken(SETTINGS, stale).body());

		assertThat(told.select("[role=alert]").text()).isEqualTo(
				"The registration settings were changed since you opened the page. The form below shows them as they are now.");
		assertThat(told.select("#paymentDays").val()).isEqualTo("10");
		assertThat(told.select("input[name=version]").val()).isEqualTo("1");
		assertThat(count("SELECT payment_days FROM registration_settings")).isEqualTo(10);
		assertThat(count("SELECT COUNT(*) FROM audit_entry")).isEqualTo(1);
	}

	@Test
	void ofTwoFirstSavesRacingOneWinsAndTheOtherIsTold() throws Exception {
		CyclicBarrier together = new CyclicBarrier(2);
		List<Callable<RegistrationSettings>> saves = new ArrayList<>();
		for (String days : List.of("20", "30")) {
			saves.add(() -> {
				together.await();
				return settings.save(event, organiserId, 0, new RegistrationSettingsInput("", days, "72", "2", ""));
			});
		}
		List<Throwable> told = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (Future<RegistrationSettings> save : pool.invokeAll(saves)) {
				try {
					save.get();
				}
				catch (ExecutionException refused) {
					told.add(refused.getCause());
				}
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(told).singleElement().isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(count("SELECT version FROM registration_settings")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM audit_entry")).isEqualTo(1);
	}

	@Test
	void onlyOrganisersSeeOrSaveTheSettings() {
		WebClient anna = signedIn(ANNA);

		assertThat(anna.get(SETTINGS).statusCode()).isEqualTo(404);
		Map<String, String> fields = new HashMap<>(SAVED);
		fields.put("version", "0");
		assertThat(anna.postWithToken(SETTINGS, fields).statusCode()).isEqualTo(404);
		assertThatThrownBy(() -> settings.save(event, accounts.account(ANNA, "Anna Attendee"), 0,
				new RegistrationSettingsInput("", "20", "72", "2", "")))
			.isInstanceOf(NotAnOrganiserException.class);
		assertThat(count("SELECT COUNT(*) FROM registration_settings")).isZero();
		assertThat(
				URI.create(WebClient.location(WebClient.browser(port).accepting("text/html").get(SETTINGS))).getPath())
			.isEqualTo("/login");
	}

	private static String fieldError(WebClient olga, String cancelUntil) {
		HttpResponse<String> response = olga.submit(SETTINGS, SETTINGS, Map.of("cancelUntil", cancelUntil));
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body()).select("#cancelUntil_error").text();
	}

}
