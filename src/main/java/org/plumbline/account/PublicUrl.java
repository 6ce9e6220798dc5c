package org.plumbline.account;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address at which users reach this installation ({@code plumbline.public-url}), for
 * links in mail. Never taken from a request's Host or X-Forwarded headers, which a client
 * chooses (DOMAIN.md, Exports). Left unset it is {@value #DEFAULT}, which only works on
 * the machine itself, for links that leave by mail as for those the site admin passes on
 * by hand from the outbox (without an SMTP server): start-up warns in the log and the
 * site admin's start page says so.
 */
@Component
public class PublicUrl {

	static final String DEFAULT = "http://localhost:8080";

	private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);

	private final String base;

	private final String origin;

	private final String warning;

	PublicUrl(@Value("${plumbline.public-url:}") String configured) {
		URI uri = URI.create(configured.isBlank() ? DEFAULT : configured.strip());
		if (!uri.isAbsolute() || uri.getHost() == null) {
			throw new IllegalArgumentException(
					"plumbline.public-url must be an absolute http(s) address, not " + configured);
		}
		String text = uri.toString();
		this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
		this.origin = origin(uri.getScheme(), uri.getHost(), uri.getPort());
		this.warning = configured.isBlank() ? "plumbline.public-url is not set: the links in mail, whether sent "
				+ "or passed on by hand from the outbox, point at " + DEFAULT + ", which works only on this "
				+ "machine. Set plumbline.public-url (PLUMBLINE_PUBLIC_URL) to the address users reach this site at."
				: null;
		if (warning != null) {
			log.warn(warning);
		}
	}

	/** The absolute address of a path of this installation, such as {@code /login}. */
	public String of(String path) {
		return base + path;
	}

	/**
	 * Its origin as a browser sends it in an {@code Origin} header, such as
	 * {@code https://lpc.example.org}.
	 */
	public String origin() {
		return origin;
	}

	/**
	 * An origin as browsers serialise it (RFC 6454): scheme and host in lower case, the
	 * port only where it is not the scheme's default.
	 */
	static String origin(String scheme, String host, int port) {
		String lowerScheme = scheme.toLowerCase(Locale.ROOT);
		boolean defaultPort = port == -1 || ("http".equals(lowerScheme) && port == 80)
				|| ("https".equals(lowerScheme) && port == 443);
		return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
	}

	/** Why mailed links may not reach their readers, if they may not. */
	public Optional<String> warning() {
		return Optional.ofNullable(warning);
	}

}
