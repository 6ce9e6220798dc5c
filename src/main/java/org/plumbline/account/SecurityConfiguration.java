package org.plumbline.account;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what, and the headers on every response.
 *
 * <p>
 * Until accounts exist, only reading is allowed: GET and HEAD of any page (an unknown
 * address answers 404) and of the health endpoint; the other actuator endpoints and every
 * write are denied with 403, without a login form. A feature that adds a private page
 * must add its rule before the rule for reading.
 *
 * <p>
 * Public pages are the same bytes for every anonymous visitor: no request creates a
 * session (no saved request, no saved anonymous context), and every response, errors and
 * assets included, carries the Content-Security-Policy below (no inline script or style),
 * {@code nosniff}, a Referrer-Policy and {@code X-Frame-Options: DENY}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
public class SecurityConfiguration {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(readOnly(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**")))
			.permitAll()
			.requestMatchers(paths.matcher("/actuator/**"))
			.denyAll()
			.requestMatchers(readOnly(AnyRequestMatcher.INSTANCE))
			.permitAll()
			.anyRequest()
			.denyAll())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new Http403ForbiddenEntryPoint()))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frames -> frames.deny()));
		return http.build();
	}

	/**
	 * No accounts yet (a later issue brings them): an empty store, so Boot generates no
	 * user and password.
	 */
	@Bean
	InMemoryUserDetailsManager userDetailsService() {
		return new InMemoryUserDetailsManager();
	}

	private static RequestMatcher readOnly(RequestMatcher... paths) {
		RequestMatcher anyOfPaths = new OrRequestMatcher(paths);
		return request -> (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()))
				&& anyOfPaths.matches(request);
	}

}
