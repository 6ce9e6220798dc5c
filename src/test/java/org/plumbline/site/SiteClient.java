package org.plumbline.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Real HTTP requests to the running test server, as a browser or an API client sends
 * them.
 */
final class SiteClient {

	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	SiteClient(int port) {
		this.port = port;
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	HttpResponse<String> get(String path) {
		return get(path, BROWSER_ACCEPT);
	}

	HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
	}

	HttpResponse<byte[]> getBytes(String path) {
		try {
			return CLIENT.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The page at a path, parsed. */
	Document page(String path) {
		HttpResponse<String> response = get(path);
		return Jsoup.parse(response.body(), uri(path).toString());
	}

}
