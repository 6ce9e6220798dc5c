package org.plumbline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose first page after signing in was slow to come asks for it again: the two
 * requests of one session run at once, and the form of the page that answered must still
 * post. Each request works on its own copy of the session, read when it begins and
 * written when it ends, so the first is held, its copy read, until the second has
 * answered.
 */
@DirtiesContext(classMode = ClassMode.AFTER_CLASS)
@Import(FormOpenedTwiceAtOnceTest.HoldConfiguration.class)
class FormOpenedTwiceAtOnceTest extends RunningServerTest {

	private static final String EMAIL = "twice@forms.test";

	/** The header of the request the server holds once it has read the session. */
	private static final String HELD = "X-Test-Held";

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	RequestHold hold;

	FormOpenedTwiceAtOnceTest() {
		super(Instant.parse("2026-11-26T09:00:00Z"));
	}

	@Test
	void theProfileFormOfTheAnsweredPageSavesWhileTheFirstRequestForItWasStillRunning() throws Exception {
		long account = new AccountFixture(jdbc, people, passwords).account(EMAIL, "Twice Opened");
		WebClient browser = WebClient.browser(port).signedIn(EMAIL, AccountFixture.PASSWORD);
		HttpRequest slowRequest = HttpRequest.newBuilder(browser.uri("/account/profile"))
			.header("Cookie", "SESSION=" + browser.sessionCookie())
			.header("Accept", WebClient.BROWSER_ACCEPT)
			.header(HELD, "yes")
			.build();

		CompletableFuture<HttpResponse<String>> slow;
		Map<String, String> fields;
		try (HttpClient http = HttpClient.newHttpClient()) {
			slow = http.sendAsync(slowRequest, HttpResponse.BodyHandlers.ofString());
			assertThat(hold.sessionRead.await(30, TimeUnit.SECONDS)).as("the first request read the session").isTrue();
			fields = browser.formFields("/account/profile", "/account/profile");
			hold.release.countDown();
			assertThat(slow.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
		fields.put("displayName", "Twice Opened, Saved");
		HttpResponse<String> saved = browser.post("/account/profile", fields);

		assertThat(saved.statusCode()).as("the save's answer").isEqualTo(302);
		assertThat(WebClient.location(saved)).isEqualTo("/account/profile");
		assertThat(jdbc.sql("SELECT p.display_name FROM person p JOIN account a ON a.person_id = p.id WHERE a.id = ?")
			.param(account)
			.query(String.class)
			.single()).isEqualTo("Twice Opened, Saved");
	}

	/** Where the held request waits: it says it read the session, then waits to go on. */
	static final class RequestHold {

		final CountDownLatch sessionRead = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class HoldConfiguration {

		@Bean
		RequestHold requestHold() {
			return new RequestHold();
		}

		/**
		 * Right after the sessions' filter, so that the held request has read its copy.
		 */
		@Bean
		FilterRegistrationBean<OncePerRequestFilter> holdAfterSessionRead(RequestHold hold) {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {

						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							if (request.getHeader(HELD) != null) {
								request.getSession(false);
								hold.sessionRead.countDown();
								try {
									hold.release.await(30, TimeUnit.SECONDS);
								}
								catch (InterruptedException ex) {
									Thread.currentThread().interrupt();
								}
							}
							chain.doFilter(request, response);
						}

					});
			registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
			return registration;
		}

	}

}
