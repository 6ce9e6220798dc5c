package org.plumbline.site.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload whose file name holds a NUL character: Tomcat refuses to read such a form at
 * all, and throws from whichever filter first asks for a field (the CSRF check), which
 * would answer an error page as if the site had failed. This answers 400 with the reason
 * instead, in plain text with the security headers, as Tomcat's own refusals are
 * ({@link TomcatErrorReports}). It runs ahead of Spring Security, around it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableFileNames extends OncePerRequestFilter {

	static final String MESSAGE = "400 Bad Request: the name of an uploaded file holds a NUL character, "
			+ "so the form could not be read. Rename the file and upload it again.\n";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException | IOException failure) {
			if (response.isCommitted() || !causedByAFileName(failure)) {
				throw failure;
			}
			response.reset();
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			TomcatErrorReports.SiteErrorReportValve.SECURITY_HEADERS.forEach(response::setHeader);
			response.setContentType("text/plain");
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(MESSAGE);
		}
	}

	private static boolean causedByAFileName(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidFileNameException) {
				return true;
			}
		}
		return false;
	}

}
