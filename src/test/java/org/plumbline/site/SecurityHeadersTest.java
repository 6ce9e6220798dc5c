package org.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plumbline.account.SecurityConfiguration;
import org.plumbline.cfp.TopicState;
import org.plumbline.material.MaterialFiles;
import org.plumbline.material.MaterialTalk;
import org.plumbline.material.MaterialUpload;
import org.plumbline.material.TalkMaterials;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.ScheduleFixture;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 15, point 7: every kind of answer the site gives (public pages, the sign-in page,
 * an organiser's and the site admin's pages, the JSON API, the schedule exports, static
 * assets, a talk's file, the actuator, and the error answers 400, 403, 404, 405, 413 and
 * 500) carries the Content-Security-Policy (no inline script, no framing),
 * {@code nosniff}, a Referrer-Policy and {@code X-Frame-Options}; behind a proxy that
 * says the browser came over HTTPS it also carries Strict-Transport-Security, which over
 * plain HTTP it must not (RFC 6797 §7.2), also when a public page is served from the
 * bytes kept for it while the other scheme's are kept too. The session cookie is HttpOnly
 * and SameSite=Lax either way, and Secure only behind HTTPS, where the browser would
 * otherwise send it over plain HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "plumbline.demo.enabled=true")
@ActiveProfiles("test")
@Import(PublicPagesTest.FailingPageConfiguration.class)
class SecurityHeadersTest {

	static final String ADMIN_EMAIL = "headers-admin@headers.test";

	static final String HSTS = "max-age=31536000 ; includeSubDomains";

	/** How a request reaches the application. */
	enum Via {

		PLAIN_HTTP, HTTPS_PROXY;

		/** The headers a TLS-terminating proxy on this host adds. */
		Map<String, String> proxyHeaders() {
			return this == HTTPS_PROXY ? Map.of("X-Forwarded-Proto", "https") : Map.of();
		}

		Via other() {
			return this == HTTPS_PROXY ? PLAIN_HTTP : HTTPS_PROXY;
		}

	}

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TalkMaterials talkMaterials;

	@Autowired
	MaterialFiles materialFiles;

	long adminId;

	@Autowired
	ApplicationContext context;

	ScheduleFixture schedule;

	@BeforeEach
	void aSiteAdminAndAnEventWithoutTopics() {
		schedule = new ScheduleFixture(context);
		schedule.clear();
		adminId = new AccountFixture(jdbc, people, passwords).account(ADMIN_EMAIL, "Hedda Headers");
		jdbc.sql("UPDATE account SET site_admin = TRUE WHERE id = ?").param(adminId).update();
	}

	@ParameterizedTest
	@EnumSource(Via.class)
	void everyPageTypeCarriesTheSecurityHeadersAndHstsOnlyBehindHttps(Via via) {
		String session = signIn(via).sessionCookie();
		long talk = aConfirmedTalk();
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (String path : List.of("/", "/lpc2023/", "/lpc2023/microconferences", "/lpc2023/schedule", "/login",
				"/signup", "/api/v1/events", "/api/v1/events/lpc2023/talks", "/api/v1/me",
				"/lpc2023/schedule/export/schedule.xml", "/lpc2023/schedule/export/schedule.json",
				"/lpc2023/schedule/export/schedule.ics", "/assets/site.css", "/assets/account.js",
				"/assets/favicon.svg", "/" + ScheduleFixture.EVENT + "/materials/" + aPublicFileOn(talk),
				"/lpc2023/no/such/page", "/lpc2023/failure-for-tests", "/lpc2023/agenda/unmark", "/account/profile",
				"/actuator/health", "/actuator/prometheus")) {
			answers.put("anonymous GET " + path, get(path, via, null));
		}
		for (String path : List.of("/lpc2023/", "/lpc2023/microconferences", "/lpc2023/schedule",
				"/lpc2023/schedule/export/schedule.json")) {
			get(path, via.other(), null);
			get(path, via, null);
			answers.put("anonymous GET " + path + " again, from the bytes kept for " + via + " beside those for "
					+ via.other(), get(path, via, null));
		}
		for (String path : List.of("/manage/lpc2023", "/manage/lpc2023/registration", "/account/profile", "/admin",
				"/api/v1/me")) {
			answers.put("signed-in GET " + path, get(path, via, session));
		}
		answers.put("anonymous POST without a token", send("POST", "/lpc2023/", via, null));
		answers.put("a request line Tomcat refuses", raw("GET /a%zz HTTP/1.1", via, ""));
		answers.put("an upload over the server's limit",
				raw("POST /manage/" + ScheduleFixture.EVENT + "/talks/" + talk + "/materials/files HTTP/1.1", via,
						"Cookie: SESSION=" + session + "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
								+ "Content-Length: " + 200L * 1024 * 1024 + "\r\n"));

		assertThat(answers.values().stream().map(Answer::status))
			.as("the answers cover success, redirects and the errors")
			.contains(200, 302, 400, 403, 404, 405, 413, 500);
		SoftAssertions softly = new SoftAssertions();
		answers.forEach((what, answer) -> {
			softly.assertThat(answer.all("Content-Security-Policy"))
				.as("CSP of %s (%d)", what, answer.status())
				.containsExactly(SecurityConfiguration.CONTENT_SECURITY_POLICY);
			softly.assertThat(answer.all("X-Content-Type-Options"))
				.as("nosniff on %s", what)
				.containsExactly("nosniff");
			softly.assertThat(answer.all("Referrer-Policy"))
				.as("Referrer-Policy of %s", what)
				.containsExactly("strict-origin-when-cross-origin");
			softly.assertThat(answer.all("X-Frame-Options")).as("X-Frame-Options of %s", what).containsExactly("DENY");
			softly.assertThat(answer.all("Strict-Transport-Security"))
				.as("HSTS of %s via %s", what, via)
				.isEqualTo(via == Via.HTTPS_PROXY ? List.of(HSTS) : List.of());
		});
		softly.assertAll();
	}

	@ParameterizedTest
	@EnumSource(Via.class)
	void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureOnlyBehindHttps(Via via) {
		SignedIn signedIn = signIn(via);

		assertThat(signedIn.cookies()).as("the sign-in form's session, then the signed-in one")
			.hasSize(2)
			.allSatisfy(cookie -> {
				assertThat(cookie).startsWith("SESSION=").contains("; HttpOnly").contains("; SameSite=Lax");
				assertThat(cookie.contains("; Secure")).as("Secure via %s", via).isEqualTo(via == Via.HTTPS_PROXY);
			});
		assertThat(get("/account/profile", via, signedIn.sessionCookie()).status()).as("the session signs in")
			.isEqualTo(200);
	}

	/**
	 * Signs the site admin in as a browser would: the sign-in page's session and CSRF
	 * token, then the form.
	 */
	private SignedIn signIn(Via via) {
		Answer page = get("/login", via, null);
		String formSession = cookieValue(page.setCookie().orElseThrow());
		String token = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
		String form = "email=" + ADMIN_EMAIL.replace("@", "%40") + "&password="
				+ AccountFixture.PASSWORD.replace(" ", "+") + "&_csrf=" + token;
		Answer signedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", "SESSION=" + formSession)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)), via);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		return new SignedIn(List.of(page.setCookie().orElseThrow(), signedIn.setCookie().orElseThrow()));
	}

	/** A public PDF on the talk; answers its GUID. */
	private String aPublicFileOn(long topicId) {
		MaterialTalk talk = talkMaterials.managedTalk(adminId, schedule.event().id(), topicId).orElseThrow();
		byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
		return materialFiles
			.addFile(talk, "Slides", false, new MaterialUpload("slides.pdf", pdf.length, new ByteArrayResource(pdf)))
			.guid()
			.toString();
	}

	/** A confirmed talk of {@link ScheduleFixture}'s event, by its topic's id. */
	private long aConfirmedTalk() {
		long speaker = people.create("Hal Headers", List.of("Hal Headers"), null).id();
		return schedule.topic("kernel", "Headers all the way down", TopicState.CONFIRMED, 30, speaker);
	}

	private Answer get(String path, Via via, String session) {
		return send("GET", path, via, session);
	}

	private Answer send(String method, String path, Via via, String session) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return send(request, via);
	}

	private Answer send(HttpRequest.Builder request, Via via) {
		via.proxyHeaders().forEach(request::header);
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A request sent over a raw socket, for what HTTP clients refuse to send (a malformed
	 * request line, a Content-Length the body does not have); reads the answer's head
	 * only, as the server may still wait for a body it will never read.
	 */
	private Answer raw(String requestLine, Via via, String moreHeaders) {
		StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
		via.proxyHeaders().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		head.append(moreHeaders).append("\r\n");
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 5_000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return Answer.ofHead(readHead(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String readHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		int next;
		while (!head.toString().endsWith("\r\n\r\n") && (next = in.read()) != -1) {
			head.append((char) next);
		}
		return head.toString();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String cookieValue(String setCookie) {
		return setCookie.substring("SESSION=".length(), setCookie.indexOf(';'));
	}

	record SignedIn(List<String> cookies) {

		String sessionCookie() {
			return cookieValue(cookies.getLast());
		}

	}

	record Answer(int status, HttpHeaders headers, String body) {

		static Answer ofHead(String head) {
			String[] lines = head.split("\r\n");
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).trim());
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), HttpHeaders.of(headers, (name, value) -> true),
					"");
		}

		List<String> all(String header) {
			return headers.allValues(header);
		}

		Optional<String> setCookie() {
			return headers.firstValue("Set-Cookie");
		}

	}

}
