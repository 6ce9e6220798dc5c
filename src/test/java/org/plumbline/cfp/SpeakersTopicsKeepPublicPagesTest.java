package org.plumbline.cfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.plumbline.event.EventCatalog;

import org.plumbline.generator.SampleEvents;
import org.plumbline.mail.MailOutbox;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.SmallPresets;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A speaker's drafts, submissions, edits and withdrawals change no public page or API
 * answer, and so leave every kept one kept: in a deadline rush the calls, MCs and
 * schedule are served from their kept bytes between submissions instead of being rendered
 * again for nearly every visitor (issue 15, point 1). Every page an anonymous visitor
 * reaches from the event's home, and every answer of the event's API, that the server
 * keeps is asked for before and after; after, each is served from its kept bytes, and
 * rendered again it is the same bytes: were a public page to show a submission, this
 * would fail.
 */
class SpeakersTopicsKeepPublicPagesTest extends RunningServerTest {

	private static final String SLUG = "kept_through_submissions";

	private static final String PASSWORD = "kept pages password";

	@Autowired
	SampleEvents samples;

	@Autowired
	EventCatalog events;

	@Autowired
	TopicCalls calls;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MeterRegistry meters;

	SpeakersTopicsKeepPublicPagesTest() {
		super(Instant.parse("2026-11-25T09:00:00Z"));
	}

	@Test
	void aSpeakersTopicsChangeNoPublicPageAndEveryKeptPageStaysKept() {
		WebClient speaker = aSpeakerOfAGeneratedEvent();
		TopicCall open = calls.calls(events.findBySlug(SLUG).orElseThrow().id())
			.stream()
			.filter(call -> call.isMicroconference() && call.isOpenAt(clock.instant()))
			.findFirst()
			.orElseThrow();
		Map<String, String> before = keptPublicPages();

		String form = open.newTopicPath(SLUG);
		String minutes = open.durations().getFirst().toString();
		HttpResponse<String> submitted = speaker.submit(form, form, Map.of("title", "Submitted at once", "abstractText",
				"About it.", "durationMinutes", minutes, "action", "submit"));
		HttpResponse<String> drafted = speaker.submit(form, form, Map.of("title", "Drafted", "action", "draft"));
		String draft = WebClient.location(drafted);
		HttpResponse<String> edited = speaker.submit(draft, draft,
				Map.of("title", "Drafted, then edited", "action", "draft"));
		HttpResponse<String> submittedDraft = speaker.submit(draft, draft,
				Map.of("abstractText", "About the draft.", "durationMinutes", minutes, "action", "submit"));
		String withdrawn = WebClient
			.location(speaker.submit(form, form, Map.of("title", "Withdrawn", "action", "draft")));
		HttpResponse<String> withdrawal = speaker.post(withdrawn + "/withdraw",
				speaker.formFields(withdrawn, withdrawn + "/withdraw"));

		assertThat(submitted.statusCode()).isEqualTo(302);
		assertThat(edited.statusCode()).isEqualTo(302);
		assertThat(submittedDraft.statusCode()).isEqualTo(302);
		assertThat(withdrawal.statusCode()).isEqualTo(302);
		assertThat(count("SELECT COUNT(*) FROM topic WHERE state = 'SUBMITTED' AND title IN (?, ?)",
				"Submitted at once", "Drafted, then edited"))
			.isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM topic WHERE title = 'Withdrawn' AND state = 'WITHDRAWN'")).isEqualTo(1);

		double servedBefore = served();
		before.forEach((path, body) -> assertThat(anonymous().get(path).body()).as(path).isEqualTo(body));
		assertThat(served()).as("pages served from their kept bytes").isEqualTo(servedBefore + before.size());

		jdbc.sql("UPDATE event SET name = name WHERE slug = ?").param(SLUG).update();
		before.forEach(
				(path, body) -> assertThat(anonymous().get(path).body()).as("%s rendered again", path).isEqualTo(body));
		assertThat(served()).as("after a write no page is served from bytes kept before it")
			.isEqualTo(servedBefore + before.size());
	}

	private WebClient aSpeakerOfAGeneratedEvent() {
		clock.set(Instant.parse("2026-11-25T09:00:00Z"));
		samples.generate(SmallPresets.lpcSized(1), 11, SLUG);
		String organiser = "sam.organiser@" + SLUG.replace('_', '-') + "." + MailOutbox.NEVER_DELIVERED_DOMAIN;
		jdbc.sql("UPDATE account SET password_hash = ? WHERE email = ?")
			.params(passwords.encode(PASSWORD), organiser)
			.update();
		return WebClient.browser(port).signedIn(organiser, PASSWORD);
	}

	/**
	 * The event's pages an anonymous visitor reaches by links from its home, which the
	 * server marks the same for everyone, by path: each asked for once here, and so kept.
	 */
	private Map<String, String> keptPublicPages() {
		Map<String, String> kept = new LinkedHashMap<>();
		Deque<String> toVisit = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		String api = "/api/v1/events/" + SLUG;
		toVisit.addAll(List.of("/" + SLUG + "/", api, api + "/microconferences", api + "/rooms", api + "/talks",
				api + "/speakers", api + "/schedule"));
		seen.addAll(toVisit);
		while (!toVisit.isEmpty()) {
			String path = toVisit.poll();
			HttpResponse<String> response = anonymous().get(path);
			boolean sameForEveryone = response.statusCode() == 200 && response.headers()
				.firstValue("Cache-Control")
				.filter(cacheControl -> cacheControl.contains("public"))
				.isPresent();
			if (!sameForEveryone) {
				continue;
			}
			kept.put(path, response.body());
			Jsoup.parse(response.body(), "http://localhost:" + port + path)
				.select("a[href]")
				.forEach(link -> ofTheEvent(link.absUrl("href")).filter(seen::add).ifPresent(toVisit::add));
		}
		assertThat(kept.keySet()).as("the event's home, MCs, calls, schedule, talks and exports")
			.contains("/" + SLUG + "/", "/" + SLUG + "/microconferences", "/" + SLUG + "/schedule")
			.anyMatch(path -> path.startsWith("/" + SLUG + "/talks/"))
			.anyMatch(path -> path.startsWith("/" + SLUG + "/calls"))
			.anyMatch(path -> path.startsWith("/" + SLUG + "/schedule/export/"))
			.contains(api + "/talks", api + "/speakers", api + "/schedule");
		return kept;
	}

	private Optional<String> ofTheEvent(String url) {
		URI uri = URI.create(url);
		boolean here = uri.getPort() == port && uri.getPath() != null && uri.getPath().startsWith("/" + SLUG + "/");
		return here
				? Optional.of(uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery())
				: Optional.empty();
	}

	private WebClient anonymous() {
		return WebClient.browser(port).withoutCookies();
	}

	private double served() {
		return meters.get("plumbline.shared.pages").tag("outcome", "served").counter().count();
	}

}
