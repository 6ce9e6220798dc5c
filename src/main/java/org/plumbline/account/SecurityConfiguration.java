package org.plumbline.account;

import java.time.Duration;
import java.util.Arrays;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what, and the headers on every response.
 *
 * <p>
 * Anyone may read public pages (GET and HEAD; an unknown address answers 404), the health
 * endpoint, and the pages of signing up, signing in and resetting a password. The
 * account's own pages need a signed-in user; an anonymous request for one is sent to the
 * sign-in page (an API call gets 401, the actuator 403). The site admin's pages answer
 * 404 to a signed-in user who is not a site admin; the other actuator endpoints
 * ({@code /actuator/prometheus}, {@code /actuator/info}) answer 403 to anyone but the
 * {@link Operators}: site admins, and a scraper that sends the configured token. Every
 * other write needs a signed-in user and, like every form, a CSRF token, but for marking
 * interest and the personal agenda's forms, which anonymous visitors use too (see
 * {@link #withHeader}). A feature that adds a private page must add its rule before the
 * rule for reading.
 *
 * <p>
 * Public pages are the same bytes for every anonymous visitor: reading one creates no
 * session (the request cache and the CSRF token touch the session only on the pages that
 * need them), and every response, errors and assets included, carries the
 * Content-Security-Policy below (no inline script or style), {@code nosniff}, a
 * Referrer-Policy and {@code X-Frame-Options: DENY}; a response to a request made over
 * HTTPS (directly, or through a proxy on a private address that says so in
 * {@code X-Forwarded-Proto}, see {@code server.forward-headers-strategy}) also carries
 * Strict-Transport-Security, which a browser ignores over plain HTTP (RFC 6797 §8.1) and
 * so is not sent there. Sessions live in the database (Spring Session JDBC), so any
 * instance serves any signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
public class SecurityConfiguration {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * A year, the subdomains included: what a browser that once came over HTTPS keeps to
	 * use nothing else.
	 */
	public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

	/**
	 * The header a post to {@code /{event}/interest} or to the agenda's forms carries
	 * instead of a CSRF token.
	 */
	public static final String INTEREST_HEADER = "X-Requested-With";

	/** Pages for people who are not signed in (yet), reached by GET and POST. */
	static final String[] SIGN_IN_PAGES = { "/login", "/signup", "/signup/sent", "/account/verify", "/account/reset",
			"/account/reset/sent", "/account/reset/new" };

	private final PublicUrl publicUrl;

	SecurityConfiguration(PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
	}

	/**
	 * After Spring Security's filters, on the actuator's paths: see
	 * {@link OperatorRoleFilter}.
	 */
	@Bean
	FilterRegistrationBean<OperatorRoleFilter> operatorRoleFilter(Operators operators) {
		FilterRegistrationBean<OperatorRoleFilter> registration = new FilterRegistrationBean<>(
				new OperatorRoleFilter(operators));
		registration.addUrlPatterns("/actuator/*");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, Rights rights, Operators operators) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
		RequestMatcher api = paths.matcher("/api/**");
		// the personal agenda's forms (unmark, make or stop its calendar link) serve the
		// same anonymous visitors as the interest endpoint, by the same cookie
		RequestMatcher visitorWrites = new OrRequestMatcher(paths.matcher("/{event}/interest"),
				paths.matcher("/{event}/agenda/unmark"), paths.matcher("/{event}/agenda/feed"),
				paths.matcher("/{event}/agenda/feed/stop"));
		http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(readOnly(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**")))
			.permitAll()
			.requestMatchers(paths.matcher("/actuator/**"))
			.access((authentication,
					context) -> new AuthorizationDecision(operators.allow(context.getRequest(), authentication.get())))
			.requestMatchers(Arrays.stream(SIGN_IN_PAGES).map(paths::matcher).toArray(RequestMatcher[]::new))
			.permitAll()
			.requestMatchers(paths.matcher("/admin/**"))
			.access(siteAdmin(rights))
			.requestMatchers(paths.matcher("/account/**"), paths.matcher("/manage/**"), paths.matcher("/invitation"),
					paths.matcher("/{event}/calls/{call}/topics/**"), paths.matcher("/{event}/register"),
					paths.matcher("/{event}/registration"), paths.matcher("/{event}/registration/**"),
					paths.matcher("/{event}/pass"), paths.matcher("/{event}/microconferences/propose"),
					paths.matcher("/proposals/**"), paths.matcher("/review"), paths.matcher("/review/**"),
					paths.matcher("/{event}/talks/{talk}/feedback"), paths.matcher("/{event}/talks/{talk}/feedback/**"))
			.authenticated()
			.requestMatchers(visitorWrites)
			.permitAll()
			.requestMatchers(readOnly(AnyRequestMatcher.INSTANCE))
			.permitAll()
			.anyRequest()
			.authenticated())
			.exceptionHandling(exceptions -> exceptions
				.defaultAccessDeniedHandlerFor(notFoundUnlessCsrf(), paths.matcher("/admin/**"))
				// a single default handler would serve every path: name the one for the
				// rest
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE)
				.defaultAuthenticationEntryPointFor(new Http403ForbiddenEntryPoint(), paths.matcher("/actuator/**"))
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
				.sessionAuthenticationStrategy(tokenMadeAtSignIn(csrfTokens))
				.ignoringRequestMatchers(withHeader(visitorWrites, INTEREST_HEADER)))
			.formLogin(login -> login.loginPage("/login").usernameParameter("email").failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
			.httpBasic(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.httpStrictTransportSecurity(
						hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(true))
				.frameOptions(frames -> frames.deny()));
		return http.build();
	}

	/**
	 * Site admins only, asked of the database on every request (as {@link Rights} does
	 * for every other right), so that taking the flag away takes effect at once, not at
	 * the admin's next sign-in.
	 */
	private static AuthorizationManager<RequestAuthorizationContext> siteAdmin(Rights rights) {
		return (authentication, request) -> new AuthorizationDecision(
				authentication.get().getPrincipal() instanceof SignedInAccount me && rights.isSiteAdmin(me.id()));
	}

	/**
	 * Signing in replaces the session's CSRF token, as Spring Security does, and makes
	 * the new one at once rather than when a page first shows it. Each request works on
	 * its own copy of the session, read when it begins and written when it ends: two
	 * pages opened at once after signing in (a slow first page asked for again) would
	 * each make a token and write it, and the form of the page that answered would then
	 * carry the token the other request overwrote, and be refused (403).
	 */
	private static SessionAuthenticationStrategy tokenMadeAtSignIn(CsrfTokenRepository tokens) {
		CsrfAuthenticationStrategy replacement = new CsrfAuthenticationStrategy(tokens);
		return (authentication, request, response) -> {
			replacement.onAuthentication(authentication, request, response);
			tokens.loadDeferredToken(request, response).get();
		};
	}

	/**
	 * The site admin's pages answer a signed-in user without the right as an unknown
	 * address does (404), as every private object does; a form posted without its CSRF
	 * token is still refused (403), so that an admin whose session ended is told why.
	 */
	private static AccessDeniedHandler notFoundUnlessCsrf() {
		AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			if (denied instanceof CsrfException) {
				refuse.handle(request, response, denied);
			}
			else {
				response.sendError(HttpStatus.NOT_FOUND.value());
			}
		};
	}

	/**
	 * The interest endpoint and the agenda's forms serve anonymous visitors, who have no
	 * session and so no CSRF token (public pages create none, nor does the agenda page).
	 * A POST there is spared the token if it carries a custom header, which a page of
	 * another origin cannot send without a CORS preflight that this application never
	 * allows (the interest endpoint's JSON body needs one too), while the visitor's
	 * cookie is SameSite=Lax: OWASP's custom-request-header defence. As a second line,
	 * should a preflight ever be allowed, the browser's own word that the request comes
	 * from a page of this site is required where it gives one: {@code Sec-Fetch-Site}
	 * must then be {@code same-origin}, and {@code Origin} the configured public URL's
	 * origin or the request's own (scheme, host and port). The public URL is what users
	 * reach through a proxy that may not pass on its scheme; the request's own serves an
	 * installation reached under another name, and tests on a random port. Neither can be
	 * forged by another site's page, whose browser sets {@code Host} and {@code Origin}
	 * itself. Any other request, a POST without the header or any other method, still
	 * needs a token.
	 */
	private RequestMatcher withHeader(RequestMatcher path, String header) {
		return request -> HttpMethod.POST.matches(request.getMethod()) && request.getHeader(header) != null
				&& fromThisSite(request) && path.matches(request);
	}

	private boolean fromThisSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !site.equals("same-origin")) {
			return false;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		return origin == null || origin.equalsIgnoreCase(publicUrl.origin()) || origin
			.equalsIgnoreCase(PublicUrl.origin(request.getScheme(), request.getServerName(), request.getServerPort()));
	}

	private static RequestMatcher readOnly(RequestMatcher... paths) {
		RequestMatcher anyOfPaths = new OrRequestMatcher(paths);
		return request -> (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()))
				&& anyOfPaths.matches(request);
	}

}
