package org.plumbline.site.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * Pages under an event are addressed without a trailing slash
 * ({@code /lpc2023/microconferences}); a link written with one is redirected there
 * instead of answering 404. The event home keeps its slash ({@code /lpc2023/}), so only
 * the paths below it are handled.
 */
@Configuration(proxyBeanMethods = false)
class TrailingSlashRedirects {

	@Bean
	FilterRegistrationBean<UrlHandlerFilter> trailingSlashRedirectFilter() {
		UrlHandlerFilter filter = UrlHandlerFilter.trailingSlashHandler("/*/*/**")
			.redirect(HttpStatus.PERMANENT_REDIRECT)
			.build();
		// Default (last) order: behind Spring Security, so the redirect carries the
		// security headers too.
		return new FilterRegistrationBean<>(filter);
	}

}
