package org.plumbline.site.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.plumbline.event.Event;
import org.plumbline.event.SponsorTier;
import org.plumbline.event.SponsorTier.Sponsor;

/** A sponsor tier as the sponsors page shows it. */
public record SponsorTierView(String name, List<SponsorView> sponsors) {

	/**
	 * @param link the sponsor's http(s) address, or {@code null} when it has none that is
	 * safe to link
	 * @param logoPath where the app serves the logo, or {@code null} without a logo
	 */
	public record SponsorView(String name, String link, String logoPath) {
	}

	static List<SponsorTierView> of(Event event, List<SponsorTier> tiers) {
		return tiers.stream()
			.map(tier -> new SponsorTierView(tier.name(),
					tier.sponsors().stream().map(sponsor -> sponsor(event, sponsor)).toList()))
			.toList();
	}

	private static SponsorView sponsor(Event event, Sponsor sponsor) {
		String logoPath = sponsor.hasLogo() ? "/" + event.slug() + "/sponsors/" + sponsor.id() + "/logo" : null;
		return new SponsorView(sponsor.name(), webLink(sponsor.linkUrl()), logoPath);
	}

	/**
	 * An absolute http or https URL, or {@code null}: never a javascript: or data: link.
	 */
	static String webLink(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(url.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
		}
		catch (Exception ex) {
			return null;
		}
	}

}
