package org.plumbline.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Everything needed to create an event with its rooms, time blocks and sponsors in one
 * step.
 */
public record NewEvent(String slug, String name, LocalDate startDate, LocalDate endDate, ZoneId timeZone, String venue,
		List<NewRoom> rooms, List<NewTimeBlock> timeBlocks, List<String> sponsorTiers, List<NewSponsor> sponsors) {

	/**
	 * @param guid the GUID to store, or {@code null} for a new random one
	 */
	public record NewRoom(String name, int capacity, UUID guid) {
	}

	/**
	 * Local wall-clock times on a date in the event's zone; the break times may both be
	 * null.
	 */
	public record NewTimeBlock(String label, LocalDate date, LocalTime start, LocalTime end, LocalTime breakStart,
			LocalTime breakEnd) {
	}

	public record NewSponsor(String name, String tier, String linkUrl, SponsorLogo logo) {
	}

}
