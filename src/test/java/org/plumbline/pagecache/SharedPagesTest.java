package org.plumbline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.AccountLocks;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.RunningServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public pages are rendered once and their kept bytes served again, over real HTTP, until
 * anything is written to the database or the page's own clock-given change comes; what is
 * served again is what rendering would send (security headers, tags), never a private
 * page.
 */
class SharedPagesTest extends RunningServerTest {

	static final String SLUG = "shared_pages";

	static final Instant START = Instant.parse("2030-02-01T10:00:00Z");

	@Autowired
	EventCatalog events;

	@Autowired
	EventSetup setup;

	@Autowired
	MeterRegistry meters;

	@Autowired
	PersonDirectory people;

	@Autowired
	AccountLocks accountLocks;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Microconferences microconferences;

	@Autowired
	WebServerApplicationContext server;

	final HttpClient http = HttpClient.newHttpClient();

	Event event;

	SharedPagesTest() {
		super(START);
	}

	@BeforeEach
	void anEvent() {
		event = events.findBySlug(SLUG)
			.orElseGet(() -> setup.create(
					new NewEvent(SLUG, "Shared Pages Conference", LocalDate.of(2030, 9, 2), LocalDate.of(2030, 9, 4),
							ZoneId.of("Europe/Paris"), "Hall 1", List.of(), List.of(), List.of(), List.of())));
		jdbc.sql("UPDATE event SET name = 'Shared Pages Conference' WHERE id = ?").param(event.id()).update();
	}

	@Test
	void aPageIsServedAgainFromItsKeptBytesUntilAnEditWhichShowsAtOnce() throws Exception {
		String first = get("/" + SLUG + "/").body();
		double servedBefore = served();

		String second = get("/" + SLUG + "/").body();

		assertThat(second).isEqualTo(first).contains("Shared Pages Conference");
		assertThat(served()).isEqualTo(servedBefore + 1);

		jdbc.sql("UPDATE event SET name = 'Renamed Pages Conference' WHERE id = ?").param(event.id()).update();

		assertThat(get("/" + SLUG + "/").body()).contains("Renamed Pages Conference")
			.doesNotContain("Shared Pages Conference");
	}

	@Test
	void aRowUpdatedOnlyToLockItLeavesAKeptPageKept() throws Exception {
		long personId = people.create("Lock Holder", List.of(), null).id();
		long accountId = count("SELECT MIN(id) FROM account");
		get("/" + SLUG + "/");
		double servedBefore = served();

		transactions.executeWithoutResult(status -> {
			people.lock(personId);
			accountLocks.lock(accountId);
		});
		get("/" + SLUG + "/");

		assertThat(served()).as("served from its kept bytes").isEqualTo(servedBefore + 1);
	}

	@Test
	void eachConnectionWritesAWholeSchedulePageToTheSocketAtOnce() {
		Connector connector = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();

		assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(Integer.toString(64 * 1024));
	}

	@Test
	void aKeptPageCarriesTheSecurityHeadersAndSetsNoCookie() throws Exception {
		get("/" + SLUG + "/");
		double servedBefore = served();

		HttpResponse<String> again = get("/" + SLUG + "/");

		assertThat(served()).isEqualTo(servedBefore + 1);
		assertThat(again.headers().firstValue("Content-Security-Policy")).get()
			.asString()
			.contains("script-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(again.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(again.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(again.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
		assertThat(again.headers().firstValue("Cache-Control")).contains("no-cache, public");
		assertThat(again.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void aClientWithThePageGets304AndOneThatTakesGzipGetsTheSameBytesCompressed() throws Exception {
		HttpResponse<String> plain = get("/" + SLUG + "/");
		String tag = get("/" + SLUG + "/").headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> zipped = http.send(request("/" + SLUG + "/").header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<String> unchanged = http.send(request("/" + SLUG + "/").header("If-None-Match", tag).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(plain.headers().firstValue("ETag")).contains(tag);
		assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(zipped.headers().firstValue("Vary")).contains("Accept-Encoding");
		assertThat(zipped.headers().firstValue("ETag")).get().isNotEqualTo(tag);
		assertThat(gunzip(zipped.body())).isEqualTo(plain.body());
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();
		assertThat(unchanged.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void theProposalLinkGoesWhenTheCallClosesThoughNothingWasWritten() throws Exception {
		Instant closes = START.plusSeconds(3600);
		jdbc.sql("DELETE FROM mc_call WHERE event_id = ?").param(event.id()).update();
		jdbc.sql("INSERT INTO mc_call (event_id, opens_at, closes_at) VALUES (?, ?, ?)")
			.params(event.id(), OffsetDateTime.ofInstant(START.minusSeconds(60), ZoneOffset.UTC),
					OffsetDateTime.ofInstant(closes, ZoneOffset.UTC))
			.update();
		String path = "/" + SLUG + "/microconferences";
		assertThat(get(path).body()).contains("Propose a microconference");
		double servedBefore = served();
		assertThat(get(path).body()).contains("Propose a microconference");
		assertThat(served()).isEqualTo(servedBefore + 1);

		clock.set(closes);

		assertThat(get(path).body()).doesNotContain("Propose a microconference");
	}

	@Test
	void theCallsPageIsKeptAndShowsAnOpenCallGoneWhenItClosesThoughNothingWasWritten() throws Exception {
		Instant closes = START.plusSeconds(3600);
		long mc = microconferences.published(event.id())
			.stream()
			.filter(each -> each.slug().equals("kept-calls"))
			.findFirst()
			.map(Microconference::id)
			.orElseGet(() -> microconferences
				.create(event.id(),
						new NewMicroconference(null, "kept-calls", "Kept Calls MC", McStatus.ACCEPTED,
								"About kept calls.", List.of(), List.of(), "MC leads", List.of()))
				.id());
		jdbc.sql("DELETE FROM mc_topic_call WHERE microconference_id = ?").param(mc).update();
		jdbc.sql(
				"INSERT INTO mc_topic_call (microconference_id, opens_at, closes_at, durations, version) VALUES (?, ?, ?, '30', 0)")
			.params(mc, OffsetDateTime.ofInstant(START.minusSeconds(60), ZoneOffset.UTC),
					OffsetDateTime.ofInstant(closes, ZoneOffset.UTC))
			.update();
		String path = "/" + SLUG + "/calls";
		assertThat(get(path).body()).contains("Kept Calls MC").doesNotContain("No call for topics is open now");
		double servedBefore = served();

		assertThat(get(path).body()).contains("Kept Calls MC");
		assertThat(served()).as("served from the kept bytes").isEqualTo(servedBefore + 1);

		clock.set(closes);

		assertThat(get(path).body()).contains("No call for topics is open now");
	}

	@Test
	void aPrivatePageIsNeverServedFromKeptBytes() throws Exception {
		get("/" + SLUG + "/agenda");
		double servedBefore = served();

		HttpResponse<String> again = get("/" + SLUG + "/agenda");

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(served()).isEqualTo(servedBefore);
	}

	@Test
	void aMissingPageIsNotKept() throws Exception {
		get("/" + SLUG + "/microconferences/nothing-here");
		double servedBefore = served();

		HttpResponse<String> again = get("/" + SLUG + "/microconferences/nothing-here");

		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(served()).isEqualTo(servedBefore);
	}

	private double served() {
		return meters.get("plumbline.shared.pages").tag("outcome", "served").counter().count();
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
