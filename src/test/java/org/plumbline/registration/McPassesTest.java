package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.testsupport.WebClient;
import org.plumbline.validation.InvalidFields;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An accepted MC's leads give its free passes by mail, and a holder registers with theirs
 * past a full event and its waiting line (issue 13, points 6, 10 and 11).
 */
class McPassesTest extends RegistrationWebTest {

	static final String LEAD = "lena@register.test";

	static final String CARL = "carl@register.test";

	static final String PASSES = "/manage/" + EVENT + "/microconferences/kernel/passes";

	static final String PASS = "/" + EVENT + "/pass";

	@Autowired
	Microconferences microconferences;

	@Autowired
	McPasses passes;

	@Autowired
	Payments payments;

	TicketType regular;

	@BeforeEach
	void aFullTypeAndAnAcceptedMcLedByLena() {
		jdbc.sql("DELETE FROM account WHERE email_key = ?").param(CARL).update();
		long lena = microconferences.find(event.id(), "kernel")
			.map(mc -> mc.leads().get(0).personId())
			.orElseGet(() -> {
				long person = people.create("Lena Lead", List.of("Lena Lead"), null).id();
				microconferences.create(event.id(),
						new NewMicroconference(null, "kernel", "Kernel MC", McStatus.ACCEPTED, "About the kernel.",
								List.of(), List.of(), "MC leads", List.of(new NamedPerson(person, "Lena Lead"))));
				return person;
			});
		accounts.account(LEAD, "Lena Lead", lena);
		regular = onSale("Regular", "0", 1);
		registrations.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of());
		registrations.register(event, account(BEN), Long.toString(regular.id()), "", Map.of());
	}

	@Test
	void aLeadGivesAPassByMailAndItsHolderSignsUpAndRegistersPastTheFullEventAndItsLine() {
		WebClient lena = signedIn(LEAD);
		assertThat(lena.page(PASSES).select("#passes-left").text()).startsWith("2 passes: 0 given, 0 used, 2 left.");

		HttpResponse<String> given = lena.submit(PASSES, PASSES, Map.of("email", CARL));

		assertThat(WebClient.location(given)).endsWith(PASSES);
		String mail = text(only(mailTo(CARL)));
		assertThat(mail).contains("Lena Lead gives you one of the free passes of Kernel MC", PASS, "/signup");
		accounts.account(CARL, "Carl Attendee");
		WebClient carl = signedIn(CARL);
		assertThat(carl.page(PASS).select("#pass-label").text()).startsWith("MC pass: Kernel MC, given to " + CARL);
		HttpResponse<String> used = carl.submit(PASS, PASS, Map.of());

		assertThat(WebClient.location(used)).endsWith("/" + EVENT + "/registration");
		Document mine = carl.page("/" + EVENT + "/registration");
		assertThat(mine.select("#registration-status").text()).isEqualTo("Registered");
		assertThat(mine.text()).contains("MC pass: Kernel MC, Free");
		assertThat(placesTaken(regular)).isEqualTo(1);
		assertThat(registrationOf(BEN).get("status")).isEqualTo("WAITING");
		assertThat(lena.page(PASSES).select("#passes-left").text()).startsWith("2 passes: 1 given, 1 used, 1 left.");
		assertThat(auditActions()).contains("mc-pass-assigned", "mc-pass-used");
	}

	@Test
	void aRegisteredHolderMovesOntoThePassAndTheirPlaceGoesToTheNextInLine() {
		signedIn(LEAD).submit(PASSES, PASSES, Map.of("email", ANNA));
		WebClient anna = signedIn(ANNA);
		String before = registrationOf(ANNA).get("reference");

		anna.submit(PASS, PASS, Map.of());

		assertThat(registrationOf(ANNA).get("reference")).isNotEqualTo(before);
		assertThat(count("SELECT COUNT(*) FROM registration WHERE reference = ? AND status = 'CANCELLED'", before))
			.isEqualTo(1);
		assertThat(registrationOf(BEN).get("status")).isEqualTo("OFFERED");
		assertThat(placesTaken(regular)).isEqualTo(1);
		assertThat(auditActions()).contains("registration-moved-to-pass", "registration-offered", "mc-pass-used");
	}

	@Test
	void aPaymentForTheRegistrationLeftForAPassIsMarkedForRefund() {
		TicketType paid = onSale("Supporter", "300", 5);
		Registration supporter = registrations
			.register(event, account("dora@register.test"), Long.toString(paid.id()), "", Map.of())
			.registration();
		payments.markPaid(event, organiserId, supporter.id(), supporter.version(), "300");
		signedIn(LEAD).submit(PASSES, PASSES, Map.of("email", "dora@register.test"));

		signedIn("dora@register.test").submit(PASS, PASS, Map.of());

		assertThat(count("SELECT COUNT(*) FROM registration WHERE id = ? AND status = 'CANCELLED' AND refund_due",
				supporter.id()))
			.isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM registration WHERE refund_due")).isEqualTo(1);
	}

	@Test
	void cancellingAPaidRegistrationMarksItForRefund() {
		TicketType paid = onSale("Supporter", "300", 5);
		Registration supporter = registrations
			.register(event, account("dora@register.test"), Long.toString(paid.id()), "", Map.of())
			.registration();
		payments.markPaid(event, organiserId, supporter.id(), supporter.version(), "300");

		signedIn("dora@register.test").submit("/" + EVENT + "/registration", "/" + EVENT + "/registration/cancel",
				Map.of());

		assertThat(count("SELECT COUNT(*) FROM registration WHERE id = ? AND status = 'CANCELLED' AND refund_due",
				supporter.id()))
			.isEqualTo(1);
		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.page("/manage/" + EVENT + "/registration?q=dora").select("#registrations tbody tr").text())
			.contains("Cancelled refund due");
		assertThat(new String(olga.getBytes("/manage/" + EVENT + "/registration/export.csv?q=dora").body(),
				StandardCharsets.UTF_8))
			.contains(",Cancelled,", ",yes\r\n");
	}

	@Test
	void aCancelledPassRegistrationGivesThePassBackToItsHolderWhoMayUseItAgainOrLoseItToItsLeads() {
		WebClient lena = signedIn(LEAD);
		lena.submit(PASSES, PASSES, Map.of("email", CARL));
		accounts.account(CARL, "Carl Attendee");
		WebClient carl = signedIn(CARL);
		carl.submit(PASS, PASS, Map.of());

		carl.submit("/" + EVENT + "/registration", "/" + EVENT + "/registration/cancel", Map.of());
		assertThat(lena.page(PASSES).select("#passes-left").text()).startsWith("2 passes: 1 given, 0 used, 1 left.");
		assertThat(auditActions()).endsWith("registration-cancelled", "mc-pass-released");
		carl.submit(PASS, PASS, Map.of());

		assertThat(registrationOf(CARL).get("status")).isEqualTo("REGISTERED");
		assertThat(count("SELECT COUNT(*) FROM registration WHERE pass_id IS NOT NULL")).isEqualTo(2);
		assertThat(placesTaken(regular)).isEqualTo(1);
	}

	@Test
	void aWaitingHolderMovesOntoThePassAndLeavesTheLine() {
		signedIn(LEAD).submit(PASSES, PASSES, Map.of("email", BEN));

		signedIn(BEN).submit(PASS, PASS, Map.of());

		assertThat(registrationOf(BEN).get("status")).isEqualTo("REGISTERED");
		assertThat(count("SELECT COUNT(*) FROM registration r JOIN account a ON a.id = r.account_id "
				+ "WHERE a.email_key = ? AND r.status = 'CANCELLED' AND r.pass_id IS NULL", BEN))
			.isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM registration WHERE status = 'WAITING'")).isZero();
		assertThat(placesTaken(regular)).isEqualTo(1);
		assertThat(auditActions()).contains("registration-moved-to-pass", "mc-pass-used");
	}

	@Test
	void theEventsOwnNumberOfPassesHoldsForEveryMcWithoutItsOwn() {
		jdbc.sql("""
				INSERT INTO registration_settings (event_id, payment_days, offer_hours, passes_per_mc, updated_at)
				VALUES (?, 14, 72, 3, ?)""").params(event.id(), OffsetDateTime.parse("2027-02-01T00:00:00Z")).update();

		assertThat(signedIn(LEAD).page(PASSES).select("#passes-left").text())
			.startsWith("3 passes: 0 given, 0 used, 3 left.");
	}

	@Test
	void aPassUsedTwiceIsToldWhenAndChangesNothing() {
		signedIn(LEAD).submit(PASSES, PASSES, Map.of("email", BEN));
		WebClient ben = signedIn(BEN);
		ben.submit(PASS, PASS, Map.of());

		Document again = Jsoup.parse(ben.postWithToken(PASS, Map.of()).body());

		assertThat(again.select("[role=alert]").text()).startsWith("This pass was used 2027-03-01 10:00");
		assertThat(count("SELECT COUNT(*) FROM registration WHERE pass_id IS NOT NULL")).isEqualTo(1);
	}

	@Test
	void theQuotaHoldsUnusedPassesComeBackAndUsedOnesStay() {
		WebClient lena = signedIn(LEAD);
		lena.submit(PASSES, PASSES, Map.of("email", BEN));
		lena.submit(PASSES, PASSES, Map.of("email", "dora@register.test"));

		assertThat(lena.page(PASSES).select("form[action=" + PASSES + "]")).isEmpty();
		assertThatThrownBy(() -> passes.assign(event, "kernel", account(LEAD), "emil@register.test"))
			.isInstanceOf(InvalidFields.class)
			.hasMessageContaining("All 2 passes of Kernel MC are given; take back an unused one first.");
		signedIn(BEN).submit(PASS, PASS, Map.of());
		Document afterUse = lena.page(PASSES);
		assertThat(afterUse.select("button[aria-label='Take back the pass of " + BEN + "']")).isEmpty();
		String revokeDora = afterUse.selectFirst("button[aria-label='Take back the pass of dora@register.test']")
			.closest("form")
			.attr("action");
		lena.submit(PASSES, revokeDora, Map.of());
		assertThat(lena.page(PASSES).select("#passes-left").text()).startsWith("2 passes: 1 given, 1 used, 1 left.");
		assertThat(auditActions()).contains("mc-pass-revoked");
		assertThat(fieldError(lena, "dora@register.test")).isEmpty();
		assertThat(fieldError(lena, "dora@register.test"))
			.isEqualTo("All 2 passes of Kernel MC are given; take back an unused one first.");
	}

	@Test
	void organisersSetAnMcsOwnNumberButNotBelowThePassesGiven() {
		WebClient lena = signedIn(LEAD);
		lena.submit(PASSES, PASSES, Map.of("email", BEN));
		lena.submit(PASSES, PASSES, Map.of("email", "dora@register.test"));
		WebClient olga = signedIn(ORGANISER);
		String all = "/manage/" + EVENT + "/registration/passes";

		Document refused = Jsoup.parse(olga.submit(all, all + "/kernel", Map.of("passes", "1")).body());
		olga.submit(all, all + "/kernel", Map.of("passes", "3"));

		assertThat(refused.select("[role=alert]").text())
			.isEqualTo("2 passes are given, so it needs at least 2; take some back first.");
		assertThat(olga.page(all).select("table.passes tbody tr").text()).contains("Kernel MC", "3",
				BEN + ", dora@register.test", "0 of 2");
		assertThat(lena.page(PASSES).select("#passes-left").text()).startsWith("3 passes: 2 given, 0 used, 1 left.");
		assertThat(auditActions()).contains("mc-pass-quota-set");
	}

	@Test
	void onlyTheMcsLeadsAndTheOrganisersSeeItsPassesAndOnlyOrganisersTheOverview() {
		assertThat(signedIn(BEN).get(PASSES).statusCode()).isEqualTo(404);
		assertThat(signedIn(ORGANISER).get(PASSES).statusCode()).isEqualTo(200);
		assertThat(signedIn(LEAD).get("/manage/" + EVENT + "/registration/passes").statusCode()).isEqualTo(404);
		assertThat(signedIn(LEAD).get("/manage/" + EVENT + "/microconferences/nope/passes").statusCode())
			.isEqualTo(404);
		assertThat(Jsoup.parse(signedIn(BEN).postWithToken(PASS, Map.of()).body()).select("[role=alert]").text())
			.isEqualTo("No pass is given to " + BEN + ".");
	}

	@Test
	void anAddressHoldsOnePassOfTheEventAndTwoLeadsGivingTheLastPassAtOnceGiveOne() {
		signedIn(LEAD).submit(PASSES, PASSES, Map.of("email", BEN));
		assertThat(fieldError(signedIn(LEAD), BEN.toUpperCase()))
			.isEqualTo(BEN.toUpperCase() + " holds a pass of this event already (MC pass: Kernel MC).");

		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> given("dora@register.test"));
		CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> given("emil@register.test"));

		assertThat(List.of(first.join(), second.join())).containsExactlyInAnyOrder(true, false);
		assertThat(count("SELECT COUNT(*) FROM mc_pass WHERE revoked_at IS NULL")).isEqualTo(2);
	}

	private boolean given(String email) {
		try {
			passes.assign(event, "kernel", account(LEAD), email);
			return true;
		}
		catch (InvalidFields full) {
			return false;
		}
	}

	private String fieldError(WebClient lead, String email) {
		HttpResponse<String> response = lead.postWithToken(PASSES, Map.of("email", email));
		return response.statusCode() == 302 ? "" : Jsoup.parse(response.body()).select("#email_error").text();
	}

	private static MimeMessage only(List<MimeMessage> mail) {
		assertThat(mail).hasSize(1);
		return mail.get(0);
	}

	private List<String> auditActions() {
		return jdbc.sql("SELECT action FROM audit_entry ORDER BY id").query(String.class).list();
	}

}
