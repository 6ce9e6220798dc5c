package org.plumbline.account;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address at which users reach this installation ({@code plumbline.public-url}), for
 * links in mail. Never taken from a request's Host or X-Forwarded headers, which a client
 * chooses (DOMAIN.md, Exports).
 */
@Component
public class PublicUrl {

	private final String base;

	PublicUrl(@Value("${plumbline.public-url:http://localhost:8080}") URI base) {
		if (!base.isAbsolute() || base.getHost() == null) {
			throw new IllegalArgumentException("plumbline.public-url must be an absolute http(s) address, not " + base);
		}
		String text = base.toString();
		this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	/** The absolute address of a path of this installation, such as {@code /login}. */
	public String of(String path) {
		return base + path;
	}

}
