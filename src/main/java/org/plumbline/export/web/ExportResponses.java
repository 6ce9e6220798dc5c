package org.plumbline.export.web;

import java.nio.charset.StandardCharsets;

import org.plumbline.pagecache.Etags;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An export's response: its bytes with their type and an ETag of the bytes themselves,
 * since a release fixes places and times but titles and names are read live. For that
 * reason it carries no Last-Modified: the release's instant would let a client asking
 * only If-Modified-Since keep an edited title. Spring MVC answers 304 to a matching
 * If-None-Match. Caches must ask again each time, so an edited title reaches readers at
 * once.
 */
final class ExportResponses {

	private ExportResponses() {
	}

	/**
	 * @param fileName the attachment's file name, or {@code null} for none
	 */
	static ResponseEntity<byte[]> of(MediaType type, String body, String fileName) {
		return of(type, body, fileName, CacheControl.noCache().cachePublic());
	}

	/**
	 * @param cache how caches may keep it: a personal feed's answer is private
	 */
	static ResponseEntity<byte[]> of(MediaType type, String body, String fileName, CacheControl cache) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(type)
			.eTag(Etags.strong(bytes))
			.cacheControl(cache);
		if (fileName != null) {
			response.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString());
		}
		return response.body(bytes);
	}

}
