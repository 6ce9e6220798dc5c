package org.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Requests that Tomcat rejects itself, before Spring sees them, still get the security
 * headers and a short answer without inline style, stack trace or server name. Sent over
 * a raw socket: HTTP clients refuse to send such request lines.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TomcatErrorHeadersTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/lpc2023/microconferences/%00", "/..%2f", "/%2e%2e/x", "/a{b", "/a%zz" })
	void requestRejectedByTomcatIsABareBadRequestWithTheSecurityHeaders(String target) throws IOException {
		RawResponse response = send("GET " + target + " HTTP/1.1");

		assertThat(response.statusLine()).startsWith("HTTP/1.1 400");
		assertThat(response.headers()).containsEntry("content-security-policy", PublicPagesTest.CONTENT_SECURITY_POLICY)
			.containsEntry("x-content-type-options", "nosniff")
			.containsEntry("referrer-policy", "strict-origin-when-cross-origin")
			.containsEntry("x-frame-options", "DENY")
			.doesNotContainKey("server");
		assertThat(response.body()).contains("400", "Bad Request")
			.doesNotContainIgnoringCase("<style")
			.doesNotContain("Apache Tomcat", "Tomcat", "Exception", "\tat ");
	}

	private RawResponse send(String requestLine) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 5_000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return RawResponse.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/**
	 * A whole HTTP/1.1 response read until the server closed the connection; header names
	 * in lower case.
	 */
	record RawResponse(String statusLine, Map<String, String> headers, String body) {

		static RawResponse parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			assertThat(end).as("end of the headers in:%n%s", raw).isPositive();
			String[] lines = raw.substring(0, end).split("\r\n");
			Map<String, String> headers = new TreeMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim());
			}
			return new RawResponse(lines[0], headers, raw.substring(end + 4));
		}

	}

}
