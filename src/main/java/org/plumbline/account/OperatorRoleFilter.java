package org.plumbline.account;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the actuator who the {@link Operators} are, in the terms it asks in: the health
 * endpoint shows its details to a request whose user has a principal and is in
 * {@link Operators#ROLE} ({@code management.endpoint.health.show-details:
 * when-authorized}). Runs after Spring Security's filters, on the actuator's paths only;
 * a site admin's right is asked of the database, not kept in the session, so that taking
 * it away takes effect at once, and a scraper with the token has no principal of its own.
 */
class OperatorRoleFilter extends OncePerRequestFilter {

	private static final Principal SCRAPER = () -> "metrics scraper";

	private final Operators operators;

	OperatorRoleFilter(Operators operators) {
		this.operators = operators;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!operators.allow(request, SecurityContextHolder.getContext().getAuthentication())) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public boolean isUserInRole(String role) {
				return Operators.ROLE.equals(role) || super.isUserInRole(role);
			}

			@Override
			public Principal getUserPrincipal() {
				Principal user = super.getUserPrincipal();
				return user != null ? user : SCRAPER;
			}

		}, response);
	}

}
