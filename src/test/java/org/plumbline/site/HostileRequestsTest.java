package org.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.account.SecurityConfiguration;
import org.plumbline.cfp.TopicState;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, point 6, over HTTP: SQL metacharacters in every path and query parameter of
 * every route, oversized bodies, fields and uploads, malformed JSON, form encodings and
 * CSV, path tricks in slugs and file names, and names in NFC and NFD, right-to-left text,
 * zero-width characters and emoji. Every answer is a 4xx with a message for its reader,
 * or the input is stored as written; none is a 5xx, and none shows a stack trace.
 */
// It leaves hostile names, proposals and texts in the server it shares with the other
// proposal tests: the server is closed after it, so that those start on a clean one.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HostileRequestsTest extends CallForMcWebTest {

	static final String NFC_WRITER = "nfc-writer@hostile.test";

	static final String NFD_WRITER = "nfd-writer@hostile.test";

	/** Typed into parameters to break a query built by concatenation. */
	static final List<String> SQL_METACHARACTERS = List.of("' OR '1'='1", "1; DROP TABLE event;--",
			"1' UNION SELECT NULL,NULL--", "\\'\"%_;*/--");

	@Autowired
	ApplicationContext context;

	@Test
	void sqlMetacharactersInEveryPathAndQueryParameterAnswerNoServerError() {
		List<String> problems = new ArrayList<>();
		WebClient anonymous = WebClient.browser(port).accepting("text/html");
		String anonymousToken = anonymous.page("/login").select("input[name=_csrf]").attr("value");
		WebClient organiser = organiser();
		String organiserToken = organiser.formFields("/account/profile", "/account/profile").get("_csrf");
		Map<WebClient, String> tokens = Map.of(anonymous, anonymousToken, organiser, organiserToken);
		int requests = 0;
		for (Route route : routes()) {
			for (String hostile : SQL_METACHARACTERS) {
				for (String eventSlug : List.of(EVENT, hostile)) {
					String path = route.path(eventSlug, hostile);
					for (WebClient client : tokens.keySet()) {
						HttpResponse<String> answer;
						if (route.method().equals("GET")) {
							answer = client.get(path);
						}
						else if (!route.jsonFields().isEmpty()) {
							for (String field : route.jsonFields()) {
								String body = JsonMapper.shared().writeValueAsString(Map.of(field, hostile));
								problems.addAll(problemsOf("POST " + path + " " + body,
										client.send(HttpRequest.newBuilder(client.uri(path))
											.header("Content-Type", "application/json")
											.header("Accept", "application/json")
											.header(SecurityConfiguration.INTEREST_HEADER, "fetch")
											.POST(HttpRequest.BodyPublishers.ofString(body))
											.build())));
								requests++;
							}
							continue;
						}
						else {
							Map<String, String> fields = route.queryParameters(hostile);
							fields.put("_csrf", tokens.get(client));
							answer = client.post(path, fields);
						}
						requests++;
						problems.addAll(problemsOf(route.method() + " " + path, answer));
					}
				}
			}
		}
		assertThat(problems).as("%d requests", requests).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM event WHERE slug = ?", EVENT)).as("the event table survives")
			.isEqualTo(1);
	}

	/**
	 * The forms bound to form records and field maps, on objects that exist, so that each
	 * field's value reaches the checks and the database: each field in turn carries the
	 * metacharacters, the others as the page fills them.
	 */
	@Test
	void sqlMetacharactersInEveryFieldOfTheFormsAreRefusedWithAMessageOrStoredAsWritten() {
		List<HostileForm> forms = formsOnObjectsThatExist();
		List<String> problems = new ArrayList<>();
		int requests = 0;
		for (HostileForm form : forms) {
			for (String field : form.fieldNames()) {
				for (String hostile : SQL_METACHARACTERS) {
					Map<String, String> fields = form.filled();
					fields.put(field, hostile);
					HttpResponse<String> answer = form.client().post(form.action(), fields);
					requests++;
					String request = "POST " + form.action() + " with " + field + "=" + hostile;
					problems.addAll(problemsOf(request, answer));
					if (answer.statusCode() == 200 && !hasMessage(answer, answer.body())) {
						problems.add(request + " showed the form again without saying why");
					}
					if (answer.statusCode() == 302 && !form.buttonNames().contains(field)
							&& !form.shows(WebClient.location(answer), hostile)) {
						problems.add(request + " was taken, but neither " + WebClient.location(answer) + " nor "
								+ form.page() + " shows it as written");
					}
				}
			}
		}
		assertThat(problems).as("%d requests", requests).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM event WHERE slug = ?", EVENT)).as("the event table survives")
			.isEqualTo(1);
	}

	@Test
	void oversizedFieldsAndBodiesAreRefusedWithAMessage() {
		WebClient pia = signedIn(PROPOSER);
		String huge = "x".repeat(3 * 1024 * 1024);

		HttpResponse<String> profile = pia.submit("/account/profile", "/account/profile",
				Map.of("displayName", "y".repeat(100_000), "bio", huge));
		assertRefusedWithMessage("an oversized profile", profile);

		HttpResponse<String> upload = pia.postMultipart("/manage/" + EVENT + "/talks/1/materials/files",
				pia.formFields("/account/profile", "/account/profile"), "file", "big.pdf", new byte[120 * 1024 * 1024]);
		assertRefusedWithMessage("an upload over the container's limit", upload);
	}

	/**
	 * Each field of every form in turn a hundred thousand characters long, beyond what
	 * any field of the site takes, the others as the page fills them.
	 */
	@Test
	void anOversizedValueInEveryFieldOfTheFormsIsRefusedWithAMessageAndStoresNothing() {
		List<HostileForm> forms = formsOnObjectsThatExist();
		String oversized = "y".repeat(100_000);
		List<String> problems = new ArrayList<>();
		int requests = 0;
		for (HostileForm form : forms) {
			for (String field : form.fieldNames()) {
				if (form.buttonNames().contains(field)) {
					continue;
				}
				Map<String, String> fields = form.filled();
				fields.put(field, oversized);
				HttpResponse<String> answer = form.client().post(form.action(), fields);
				requests++;
				String request = "POST " + form.action() + " with " + field + " of 100,000 characters";
				problems.addAll(problemsOf(request, answer));
				if (answer.statusCode() == 302) {
					problems.add(request + " was taken");
				}
				else if (!hasMessage(answer, answer.body())) {
					problems.add(request + " was refused without saying why");
				}
			}
		}
		assertThat(problems).as("%d requests", requests).isEmpty();
		// the columns that could hold the value whole: every other column a form writes
		// is
		// narrower than it, so a value that reached one would have failed with a 500
		for (String unbounded : List.of("audit_entry WHERE after_json", "microconference WHERE description",
				"mc_section_entry WHERE text")) {
			assertThat(count("SELECT COUNT(*) FROM " + unbounded + " LIKE ?", "%" + "y".repeat(10_001) + "%"))
				.as("nothing oversized stored in %s", unbounded)
				.isZero();
		}
	}

	@Test
	void malformedJsonFormEncodingsAndCsvAreRefusedWithAMessage() {
		WebClient anonymous = WebClient.browser(port).withoutCookies();
		for (String body : List.of("{", "{\"microconference\":", "[1,2", "\"\u0000\"", "{\"a\":1}}}}",
				"{\"microconference\":\"" + "\\u".repeat(5) + "\"}", "null", "{\"talk\":{\"$gt\":\"\"}}")) {
			HttpResponse<String> answer = anonymous
				.send(HttpRequest.newBuilder(anonymous.uri("/" + EVENT + "/interest"))
					.header("Content-Type", "application/json")
					.header("Accept", "application/json")
					.header("X-Requested-With", "fetch")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build());
			assertThat(problemsOf("interest JSON " + body, answer)).isEmpty();
		}
		for (String raw : List.of("GET /" + EVENT + "/%ZZ HTTP/1.1", "GET /%E0%A4%A HTTP/1.1",
				"GET /" + EVENT + "/microconferences/%C0%AE%C0%AE HTTP/1.1")) {
			int status = rawStatus(raw + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			assertThat(status).as(raw).isBetween(400, 499);
		}
		assertThat(rawStatus(
				"GET /" + EVENT + "/calls?q=%zz&x=%E0%A4%A HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
			.as("a query with bad percent-escapes, which the page does not read")
			.isLessThan(500);
		WebClient olga = organiser();
		String token = olga.formFields("/account/profile", "/account/profile").get("_csrf");
		HttpResponse<String> badForm = olga.send(HttpRequest.newBuilder(olga.uri("/account/profile"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", WebClient.BROWSER_ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&displayName=%ZZ%&bio=%E0%A4%A&version=0"))
			.build());
		assertThat(problemsOf("a form with bad percent-escapes", badForm)).isEmpty();

		String statements = "/manage/" + EVENT + "/registration/statements";
		Map<String, String> fields = olga.formFields("/account/profile", "/account/profile");
		fields.remove("displayName");
		for (String csv : List.of("", "\uFEFF", "date,amount,reference\n\"2027-01-01,10,ABC\n",
				"date;amount\n2027-13-45;abc\n", "\u0000\u0001\u0002binary", "a,b,c\n" + "x".repeat(100_000),
				"=cmd|' /C calc'!A0,1,2\n")) {
			HttpResponse<String> answer = olga.postMultipart(statements, fields, "file", "statement.csv",
					csv.getBytes(StandardCharsets.UTF_8));
			assertThat(problemsOf("statement " + csv.substring(0, Math.min(20, csv.length())), answer)).isEmpty();
		}
	}

	@Test
	void pathTricksInSlugsAndFileNamesAnswerNoServerError() {
		WebClient olga = organiser();
		List<String> problems = new ArrayList<>();
		for (String trick : List.of("..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f", "a%00b", "%00", "a%2Fb", "%5C..%5C",
				"....//", "%252e%252e%252f", "con", "%E2%80%AE")) {
			for (String path : List.of("/" + trick + "/", "/" + EVENT + "/microconferences/" + trick,
					"/" + EVENT + "/materials/" + trick, "/manage/" + trick + "/calls",
					"/review/" + EVENT + "/" + trick, "/" + trick + "/schedule/export/schedule.json")) {
				problems.addAll(problemsOf("GET " + path, olga.get(path)));
			}
		}
		assertThat(problems).isEmpty();

		ScheduleFixture schedule = new ScheduleFixture(context);
		accounts.grant(schedule.event().id(), organiserId, EventRole.ORGANISER, null);
		long talk = schedule.topic("kernel", "Hostile file names", TopicState.ACCEPTED, 30,
				people.create("Fay Filename", List.of("Fay Filename"), null).id());
		String materials = "/manage/" + ScheduleFixture.EVENT + "/talks/" + talk + "/materials";
		for (String fileName : List.of("../../etc/passwd.pdf", "..\\..\\boot.ini.pdf", "/abs.pdf", "CON.pdf",
				"\u202Efdp.exe", "x".repeat(1000) + ".pdf", "a\u0000b.pdf")) {
			HttpResponse<String> answer = olga.postMultipart(materials + "/files",
					olga.formFields(materials, materials + "/files"), "file", fileName,
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
			assertThat(problemsOf("file name " + fileName, answer)).isEmpty();
		}
		assertThat(jdbc.sql("SELECT file_name FROM talk_material WHERE topic_id = ? ORDER BY id")
			.param(talk)
			.query(String.class)
			.list()).as("stored under their base names, the NUL one refused")
			.containsExactly("passwd.pdf", "boot.ini.pdf", "abs.pdf", "CON.pdf");
	}

	@Test
	void namesInNfcAndNfdRightToLeftZeroWidthAndEmojiAreStoredAsWrittenOrRefusedWithAMessage() {
		String nfc = Normalizer.normalize("Jörg Rödel", Normalizer.Form.NFC);
		String nfd = Normalizer.normalize("Jörg Rödel", Normalizer.Form.NFD);
		assertThat(nfd).isNotEqualTo(nfc);
		// accounts of its own: the proposer's and the stranger's names are read by the
		// other tests that share this server
		accounts.account(NFC_WRITER, "Nfc Writer");
		accounts.account(NFD_WRITER, "Nfd Writer");
		WebClient pia = signedIn(NFC_WRITER);
		WebClient bea = signedIn(NFD_WRITER);

		assertThat(pia.submit("/account/profile", "/account/profile", Map.of("displayName", nfc)).statusCode())
			.isEqualTo(302);
		assertThat(bea.submit("/account/profile", "/account/profile", Map.of("displayName", nfd)).statusCode())
			.isEqualTo(302);

		assertThat(storedName(NFC_WRITER)).isEqualTo(nfc);
		assertThat(storedName(NFD_WRITER)).isEqualTo(nfd);
		assertThat(identityKey(NFC_WRITER)).as("NFC and NFD are the same person's name")
			.isEqualTo(identityKey(NFD_WRITER))
			.isEqualTo("jorg rodel");

		for (String name : List.of("\u202Eevil\u202C Name", "Zero\u200BWidth\u200DJoiner", "Emoji 👩🏽‍💻 Speaker",
				"\u0645\u0631\u064A\u0645 \u0627\u0644\u0639\u0644\u064A", "\uFEFFBom Name", "Tab\tName")) {
			HttpResponse<String> answer = pia.submit("/account/profile", "/account/profile",
					Map.of("displayName", name));
			assertThat(problemsOf("name " + name, answer)).isEmpty();
			if (answer.statusCode() == 302) {
				assertThat(storedName(NFC_WRITER)).as("stored as written").isEqualTo(name);
				assertThat(Jsoup.parse(pia.get("/account/profile").body()).select("#displayName").attr("value"))
					.isEqualTo(name);
			}
			else {
				assertThat(Jsoup.parse(answer.body()).select("#displayName_error").text()).as(name).isNotBlank();
			}
		}
	}

	private WebClient organiser() {
		return signedIn(ORGANISER);
	}

	private String personOf(String email) {
		return jdbc.sql("SELECT CAST(person_id AS VARCHAR(20)) FROM account WHERE email = ?")
			.param(email)
			.query(String.class)
			.single();
	}

	/**
	 * A form on a page, posted by its client with the fields the page fills (a fresh
	 * token and version each time) and the valid values a user would choose.
	 */
	record HostileForm(WebClient client, String page, String action, Map<String, String> valid) {

		Map<String, String> filled() {
			Map<String, String> fields = client.formFields(page, action);
			fields.putAll(valid);
			return fields;
		}

		/** Every field but the CSRF token. */
		Set<String> fieldNames() {
			Set<String> names = new TreeSet<>(filled().keySet());
			names.remove("_csrf");
			return names;
		}

		/**
		 * The fields the form's buttons send, which choose what the form does (save a
		 * draft or submit) rather than carry text to store.
		 */
		Set<String> buttonNames() {
			return new TreeSet<>(client.page(page).select("form[action=" + action + "] button[name]").eachAttr("name"));
		}

		/**
		 * Whether the page redirected to, or the form's own page, shows the text as it
		 * was written: as text, or as the value of a field.
		 */
		boolean shows(String redirectedTo, String text) {
			for (String path : List.of(redirectedTo, page)) {
				Document shown = client.page(path);
				if (shown.text().contains(text) || shown.select("input, textarea")
					.stream()
					.anyMatch(field -> field.val().contains(text) || field.wholeText().contains(text))) {
					return true;
				}
			}
			return false;
		}

	}

	private String storedName(String email) {
		return jdbc.sql("SELECT p.display_name FROM person p JOIN account a ON a.person_id = p.id WHERE a.email = ?")
			.param(email)
			.query(String.class)
			.single();
	}

	private String identityKey(String email) {
		return jdbc.sql("SELECT p.identity_key FROM person p JOIN account a ON a.person_id = p.id WHERE a.email = ?")
			.param(email)
			.query(String.class)
			.single();
	}

	/**
	 * What is wrong with an answer to hostile input: a server error, a stack trace shown,
	 * or a refusal with nothing to read.
	 */
	static List<String> problemsOf(String request, HttpResponse<String> answer) {
		List<String> problems = new ArrayList<>();
		String body = answer.body() == null ? "" : answer.body();
		if (answer.statusCode() >= 500) {
			problems.add(request + " answered " + answer.statusCode() + ": " + excerpt(body));
		}
		if (body.contains("\tat org.") || body.contains("Exception:") || body.contains("at java.base/")) {
			problems.add(request + " shows a stack trace: " + excerpt(body));
		}
		if (answer.statusCode() >= 400 && answer.statusCode() < 500 && !hasMessage(answer, body)) {
			problems.add(request + " answered " + answer.statusCode() + " without a message: "
					+ answer.headers().firstValue("Content-Type").orElse("no type") + " " + excerpt(body));
		}
		return problems;
	}

	private static boolean hasMessage(HttpResponse<String> answer, String body) {
		String type = answer.headers().firstValue("Content-Type").orElse("");
		if (type.contains("json")) {
			return body.contains("\"title\"") || body.contains("\"detail\"");
		}
		if (type.startsWith("text/plain")) {
			// What Tomcat refuses before the application reads it (an encoded slash or
			// NUL in the path) is answered in a line of plain text: its status and
			// reason.
			return body.matches("(?s)4\\d\\d \\S.*");
		}
		return !Jsoup.parse(body).select("h1, [role=alert], .field-error").text().isBlank();
	}

	/**
	 * The forms bound to form records and field maps, on objects that exist, so that each
	 * field's value reaches the checks and the database, each with the fields its page
	 * fills.
	 */
	private List<HostileForm> formsOnObjectsThatExist() {
		openCall();
		WebClient pia = signedIn(PROPOSER);
		WebClient bea = signedIn(STRANGER);
		WebClient olga = organiser();
		Map<String, String> proposal = Map.of("title", "Fields MC", "description", "About the fields.", "topics",
				"- Binding", "audience", "Form writers", "keyAttendees", "", "references", "", "action", "submit");
		String proposalPage = WebClient.location(pia.submit(FORM, FORM, proposal));
		String manageProposal = "/manage/" + EVENT + "/proposals/"
				+ proposalPage.substring(proposalPage.lastIndexOf('/') + 1);
		olga.submit(manageProposal, manageProposal + "/decision", Map.of("decision", "ACCEPTED"));
		olga.submit(manageProposal, manageProposal + "/announce", Map.of());
		String mc = jdbc.sql("SELECT slug FROM microconference WHERE event_id = ? AND status = 'ACCEPTED'")
			.param(event.id())
			.query(String.class)
			.single();
		String calls = "/manage/" + EVENT + "/calls";
		Map<String, String> window = Map.of("opensAt", "2027-01-10T09:00", "closesAt", "2027-02-01T18:00", "durations",
				"30, 45");
		olga.submit(calls, calls, window);
		String reviews = "/manage/" + EVENT + "/reviews";
		Map<String, String> phase = Map.of("opensAt", "2027-01-10T09:00", "closesAt", "2027-03-01T18:00");
		olga.submit(reviews, reviews, phase);
		String newTopic = "/" + EVENT + "/calls/" + mc + "/topics/new";
		Map<String, String> topic = Map.of("title", "A topic", "abstractText", "Its abstract.", "durationMinutes", "30",
				"action", "submit");
		String topicPage = WebClient.location(bea.submit(newTopic, newTopic, topic));
		String reviewTopic = "/review/" + EVENT + "/" + mc + "/topics"
				+ topicPage.substring(topicPage.lastIndexOf('/'));
		String conflicts = "/manage/" + EVENT + "/conflicts";
		String mcText = "/manage/" + EVENT + "/microconferences/" + mc + "/edit";
		String team = "/manage/" + EVENT + "/team";

		return List.of(
				new HostileForm(pia, "/account/profile", "/account/profile", Map.of("displayName", "Pia Proposer")),
				new HostileForm(pia, FORM, FORM, proposal), new HostileForm(olga, calls, calls, window),
				new HostileForm(olga, reviews, reviews, phase), new HostileForm(bea, newTopic, newTopic, topic),
				new HostileForm(pia, reviewTopic, reviewTopic, Map.of("score", "1", "comment", "A comment.")),
				new HostileForm(olga, conflicts, conflicts,
						Map.of("email", CO_LEAD, "personId", personOf(STRANGER), "reason", "A reason.")),
				new HostileForm(pia, mcText, mcText, Map.of()),
				new HostileForm(olga, team, team, Map.of("email", "new.member@mcprop.test", "role", "ORGANISER")));
	}

	private static void assertRefusedWithMessage(String what, HttpResponse<String> answer) {
		assertThat(problemsOf(what, answer)).isEmpty();
		assertThat(answer.statusCode()).as(what).isNotEqualTo(302);
	}

	private static String excerpt(String body) {
		return body.substring(0, Math.min(300, body.length())).replaceAll("\\s+", " ");
	}

	/**
	 * The status of a request written by hand, for what an HTTP client refuses to send.
	 */
	private int rawStatus(String request) {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			int next;
			while ((next = in.read()) != -1 && next != '\n') {
				head.write(next);
			}
			String statusLine = head.toString(StandardCharsets.ISO_8859_1);
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every route the handler mappings list (the actuator's and the error page's left
	 * out), with the names of its handler's query parameters.
	 */
	private List<Route> routes() {
		Set<Route> routes = new java.util.LinkedHashSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
						: new TreeSet<>(info.getMethodsCondition().getMethods().stream().map(Enum::name).toList());
				List<String> parameters = fieldNames(handler);
				List<String> jsonFields = jsonFields(handler);
				for (String pattern : info.getPatternValues()) {
					// Signing out would end the session the other routes are asked with.
					if (pattern.startsWith("/actuator") || pattern.equals("/error") || pattern.equals("/logout")) {
						continue;
					}
					methods.forEach(method -> routes.add(new Route(method, pattern, parameters, jsonFields)));
				}
			});
		}
		return List.copyOf(routes);
	}

	/**
	 * The names of the request parameters a handler reads: its {@code @RequestParam}s and
	 * the components of the form records it binds (a record parameter without an
	 * annotation, such as {@code TopicForm}).
	 */
	private static List<String> fieldNames(HandlerMethod handler) {
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
				String name = param.name().isEmpty() ? param.value() : param.name();
				names.add(name.isEmpty() ? parameter.getParameterName() : name);
			}
			else if (parameter.getParameterType().isRecord() && parameter.getParameterAnnotations().length == 0) {
				names.addAll(componentNames(parameter.getParameterType()));
			}
		}
		return names;
	}

	/** The fields of the JSON body a handler reads into a record. */
	private static List<String> jsonFields(HandlerMethod handler) {
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class) && parameter.getParameterType().isRecord()) {
				names.addAll(componentNames(parameter.getParameterType()));
			}
		}
		return names;
	}

	private static List<String> componentNames(Class<?> record) {
		return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
	}

	/**
	 * @param parameters the names of the request parameters the handler reads, form
	 * records' fields included
	 * @param jsonFields the fields of the JSON body it reads, if it reads one
	 */
	record Route(String method, String pattern, List<String> parameters, List<String> jsonFields) {

		private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?\\}");

		/**
		 * The route with {event} set to the given slug and every other variable and query
		 * parameter to the hostile text.
		 */
		String path(String eventSlug, String hostile) {
			Matcher variables = VARIABLE.matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (variables.find()) {
				String value = variables.group(1).equals("event") ? eventSlug : hostile;
				variables.appendReplacement(path, Matcher.quoteReplacement(encode(value).replace("+", "%20")));
			}
			variables.appendTail(path);
			if (method.equals("GET") && !parameters.isEmpty()) {
				StringBuilder query = new StringBuilder();
				for (String name : parameters) {
					query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=').append(encode(hostile));
				}
				path.append(query);
			}
			return path.toString();
		}

		Map<String, String> queryParameters(String hostile) {
			Map<String, String> fields = new LinkedHashMap<>();
			parameters.forEach(name -> fields.put(name, hostile));
			return fields;
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
