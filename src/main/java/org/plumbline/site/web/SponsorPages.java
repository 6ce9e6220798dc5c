package org.plumbline.site.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.SponsorLogo;
import org.plumbline.pagecache.SharedPages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An event's sponsors by tier, and their logos as the sponsors sent them. */
@Controller
class SponsorPages {

	/**
	 * For logos opened directly: an SVG may carry script, so it is sandboxed, may load
	 * nothing and run nothing; only its own inline styles apply.
	 */
	static final String LOGO_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
			+ "img-src data:; frame-ancestors 'none'; sandbox";

	private final EventCatalog events;

	SponsorPages(EventCatalog events) {
		this.events = events;
	}

	@GetMapping("/" + EventPages.EVENT + "/sponsors")
	String sponsors(@PathVariable("event") String slug, Model model, HttpServletResponse response) {
		SharedPages.sameForEveryone(response);
		Event event = EventPages.find(events, slug);
		List<SponsorTierView> tiers = SponsorTierView.of(event, events.sponsorTiers(event.id()));
		model.addAttribute("event", event);
		model.addAttribute("tiers", tiers);
		model.addAttribute("anySponsor", tiers.stream().anyMatch(tier -> !tier.sponsors().isEmpty()));
		return "site/sponsors";
	}

	@GetMapping("/" + EventPages.EVENT + "/sponsors/{sponsor}/logo")
	ResponseEntity<byte[]> logo(@PathVariable("event") String slug, @PathVariable("sponsor") long sponsorId) {
		Event event = EventPages.find(events, slug);
		SponsorLogo logo = events.sponsorLogo(event.id(), sponsorId)
			.orElseThrow(() -> PageNotFoundException.unknownSponsorLogo(event));
		return ResponseEntity.ok()
			.contentType(imageType(logo.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.header("Content-Security-Policy", LOGO_CONTENT_SECURITY_POLICY)
			.body(logo.bytes());
	}

	/** The stored type if it is an image type, else a type no browser renders. */
	static MediaType imageType(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return "image".equals(type.getType()) && !type.isWildcardSubtype() ? type
					: MediaType.APPLICATION_OCTET_STREAM;
		}
		catch (RuntimeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

}
