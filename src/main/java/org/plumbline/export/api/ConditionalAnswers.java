package org.plumbline.export.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.plumbline.export.api.PublicEventData.Dated;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers that a client may keep and ask again about: a weak ETag computed from the JSON
 * the body becomes, the date its data last changed, and {@code no-cache} so that a cache
 * asks before reusing it. Spring answers 304 to If-None-Match (or, without it,
 * If-Modified-Since) from these headers.
 */
@Component
class ConditionalAnswers {

	private final JsonMapper json;

	ConditionalAnswers(JsonMapper json) {
		this.json = json;
	}

	<T> ResponseEntity<T> ok(Dated<T> dated) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.eTag(etag(dated.body()))
			.cacheControl(CacheControl.noCache().cachePublic());
		if (dated.lastModified() != null) {
			answer.lastModified(dated.lastModified());
		}
		return answer.body(dated.body());
	}

	/**
	 * Weak: the hash is of the JSON this mapper writes, which a compressing proxy may
	 * send as other bytes with the same meaning.
	 */
	private String etag(Object body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body));
			return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("every JDK has SHA-256", impossible);
		}
	}

}
