package org.plumbline.export.api;

import org.plumbline.export.api.PublicEventData.Dated;
import org.plumbline.pagecache.Etags;
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
			.eTag(Etags.weak(json.writeValueAsBytes(dated.body())))
			.cacheControl(CacheControl.noCache().cachePublic());
		if (dated.lastModified() != null) {
			answer.lastModified(dated.lastModified());
		}
		return answer.body(dated.body());
	}

}
