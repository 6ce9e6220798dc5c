package org.plumbline.material.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.material.Material;
import org.plumbline.material.MaterialFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A talk's file, by its GUID, streamed from the database chunk by chunk: a public one to
 * anyone, a private one to those who may manage its talk; to anyone else it does not
 * exist. It is always a download under its stored name, of the type its content was
 * sniffed as, never rendered by the browser as something else.
 */
@Controller
class MaterialDownloads {

	private final EventCatalog events;

	private final MaterialFiles materials;

	MaterialDownloads(EventCatalog events, MaterialFiles materials) {
		this.events = events;
		this.materials = materials;
	}

	@GetMapping("/{event}/materials/{material}")
	void download(@PathVariable("event") String slug, @PathVariable("material") String guid,
			@AuthenticationPrincipal SignedInAccount me, HttpServletResponse response) throws IOException {
		Event event = events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Material file = materials.downloadable(me == null ? null : me.id(), event.id(), parse(guid))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setContentType(file.mediaType());
		response.setContentLengthLong(file.sizeBytes());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		materials.copyContent(file, response.getOutputStream());
	}

	private static UUID parse(String guid) {
		try {
			UUID parsed = UUID.fromString(guid);
			if (parsed.toString().equals(guid)) {
				return parsed;
			}
		}
		catch (IllegalArgumentException notAGuid) {
			// answered below as any unknown material
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
