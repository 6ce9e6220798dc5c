package org.plumbline.site.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What the container's error path answers a client that does not ask for HTML, such as
 * the interest script or an API client, when the application never saw the request (the
 * firewall refused its address, say): beside the status, a {@code title} and a
 * {@code detail} to read, as the application's own problem+json answers carry, in the
 * error pages' words. Never the exception or its message.
 */
@Component
class ProblemErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (attributes.get("status") instanceof Integer status) {
			HttpStatusCode code = HttpStatusCode.valueOf(status);
			attributes.put("title", ErrorPages.heading(code));
			attributes.put("detail", ErrorPages.message(code));
		}
		return attributes;
	}

}
