package org.plumbline.site.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Boot's error path for every client that does not ask for HTML: requests the application
 * never saw (the firewall refused a {@code ..} or a {@code ;} in the path), statuses sent
 * with {@code sendError} and unhandled exceptions. Boot answers these
 * {@code application/json} with its own members; this answers problem+json, as the API's
 * own handlers do. Browsers still get the error pages through
 * {@link SiteErrorViewResolver}.
 */
@Controller
@ConditionalOnWebApplication(type = Type.SERVLET)
class ProblemErrorController extends BasicErrorController {

	ProblemErrorController(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> pages) {
		super(errorAttributes, web.getError(), pages);
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.forStatus(status));
	}

}
