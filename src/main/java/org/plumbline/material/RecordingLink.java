package org.plumbline.material;

import java.net.URI;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A link to a recording, as pages and exports show it; for a talk inside an MC session,
 * to the second its part starts.
 *
 * @param startSecond where in the video the link starts, or null for its beginning
 */
public record RecordingLink(String url, String title, Integer startSecond) {

	/**
	 * The address that opens the video at {@link #startSecond}: YouTube's {@code t}
	 * parameter on its own addresses, the W3C media fragment {@code #t=} on any other.
	 */
	public String href() {
		if (startSecond == null) {
			return url;
		}
		String host = String.valueOf(URI.create(url).getHost()).toLowerCase(Locale.ROOT);
		if (host.equals("youtube.com") || host.endsWith(".youtube.com") || host.equals("youtu.be")) {
			return UriComponentsBuilder.fromUriString(url).replaceQueryParam("t", startSecond + "s").toUriString();
		}
		return UriComponentsBuilder.fromUriString(url).fragment("t=" + startSecond).toUriString();
	}

	/** The start as a reader writes it: "0:42:10", or "42:10" under an hour. */
	public String startShown() {
		return startSecond == null ? null : RecordingOffsets.shown(startSecond);
	}

}
