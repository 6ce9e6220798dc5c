package org.plumbline.event;

import java.util.List;

/** A sponsor tier of an event with its sponsors in display order. */
public record SponsorTier(long id, String name, List<Sponsor> sponsors) {

	public record Sponsor(long id, String name, String linkUrl, boolean hasLogo) {
	}

}
