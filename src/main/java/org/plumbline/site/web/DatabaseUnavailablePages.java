package org.plumbline.site.web;

import java.io.IOException;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.plumbline.account.SecurityConfiguration;
import org.plumbline.jdbc.DatabaseUnavailableAnswers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * What a visitor sees while the database cannot be reached or the site is too busy: a 503
 * page (problem+json on the API and for clients that ask for JSON) saying so, with the
 * security headers and a Retry-After. Written before Spring Security runs, so its headers
 * are set here.
 */
@Component
class DatabaseUnavailablePages implements DatabaseUnavailableAnswers {

	static final String MESSAGE = "The site's database cannot be reached just now, so this page cannot be shown "
			+ "and nothing can be saved. Nothing you sent before this was lost. Please try again in a minute.";

	static final String PROBLEM_DETAIL = "The database cannot be reached just now; nothing was changed. "
			+ "Try again in a minute.";

	static final String BUSY_MESSAGE = "The site is too busy to answer this just now, so nothing was saved. "
			+ "Please try again in a moment.";

	static final String BUSY_PROBLEM_DETAIL = "The site is too busy to answer just now; nothing was changed. "
			+ "Try again in a moment.";

	static final String MAY_HAVE_SAVED_MESSAGE = "The site's database stopped answering while this was being "
			+ "handled, so what you sent may or may not have been saved. Please look in a minute whether it was "
			+ "before you send it again.";

	static final String MAY_HAVE_SAVED_PROBLEM_DETAIL = "The database stopped answering while this request was "
			+ "handled; the change may or may not have been made. Look before you try again.";

	static final String BUSY_MAY_HAVE_SAVED_MESSAGE = "The site became too busy while this was being handled, so "
			+ "what you sent may or may not have been saved. Please look in a moment whether it was before you "
			+ "send it again.";

	static final String BUSY_MAY_HAVE_SAVED_PROBLEM_DETAIL = "The site became too busy while this request was "
			+ "handled; the change may or may not have been made. Look before you try again.";

	static final int RETRY_AFTER_SECONDS = 30;

	private final TemplateEngine templates;

	DatabaseUnavailablePages(TemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	public void answer(HttpServletRequest request, HttpServletResponse response, Why why, boolean mayHaveSaved)
			throws IOException {
		HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
		response.setStatus(status.value());
		TomcatErrorReports.SiteErrorReportValve.SECURITY_HEADERS.forEach(response::setHeader);
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", SecurityConfiguration.STRICT_TRANSPORT_SECURITY);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		response.setCharacterEncoding("UTF-8");
		boolean unreachable = why == Why.UNREACHABLE;
		if (Problems.wantedBy(request)) {
			Map<String, Object> problem = Problems.of(status, status.getReasonPhrase(),
					mayHaveSaved ? (unreachable ? MAY_HAVE_SAVED_PROBLEM_DETAIL : BUSY_MAY_HAVE_SAVED_PROBLEM_DETAIL)
							: (unreachable ? PROBLEM_DETAIL : BUSY_PROBLEM_DETAIL));
			problem.put("instance", request.getRequestURI());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(JsonMapper.shared().writeValueAsString(problem));
		}
		else {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			StringOutput page = new StringOutput();
			templates.render("site/error.jte",
					Map.of("status", status.value(), "heading", "Temporarily unavailable", "message",
							mayHaveSaved ? (unreachable ? MAY_HAVE_SAVED_MESSAGE : BUSY_MAY_HAVE_SAVED_MESSAGE)
									: (unreachable ? MESSAGE : BUSY_MESSAGE)),
					page);
			response.getWriter().write(page.toString());
		}
	}

}
