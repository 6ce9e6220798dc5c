package org.plumbline.site.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page for errors that reach the container's error dispatch: unhandled exceptions,
 * access denied, statuses sent with {@code sendError}. Status kept, no message, exception
 * or stack trace shown.
 */
@Component
class SiteErrorViewResolver implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return ErrorPages.forStatus(status);
	}

}
