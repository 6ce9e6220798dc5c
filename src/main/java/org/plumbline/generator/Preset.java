package org.plumbline.generator;

import java.util.List;

/**
 * What a preset of the data generator builds (a file under
 * {@code src/main/resources/generator/presets/}): counts, not data, so that a seed makes
 * the rest.
 *
 * @param startsInDays how many days after the day of generation the event starts (less
 * than one: it started that many days before, and runs now)
 * @param startsOnMonday whether the start moves back to the Monday of its week, as LPC's
 * do
 * @param people verified accounts, each a person, among whom leads, key attendees,
 * speakers and registrants are drawn
 * @param microconferences MCs proposed to the event's Call for Microconferences
 * @param acceptedMicroconferences how many of those the organisers accepted (the first
 * ones), each with its call for topics; of the others one in ten was withdrawn by its
 * proposers and the rest were not accepted, and they have no call. An event accepts no
 * more than its rooms and blocks hold: each accepted MC fills a whole block
 * @param topicsPerMicroconference the mean number of topics an accepted MC's call
 * receives, each receiving from half to one and a half times as many
 * @param decidedCalls how many MCs' calls have closed with their decisions announced; the
 * others are still open
 * @param acceptedPerDecidedCall how many of a decided call's topics are accepted (all, if
 * it received fewer), the others rejected
 * @param reviewsPerTopic how many of an MC's leads review each topic its call received
 * (all of them, if it has fewer)
 * @param interestPerPerson the mean number of MCs a person marks as interesting, from
 * which the rooms are chosen and the shared audiences counted
 * @param cancellations registered holders of the first ticket type who cancel at the end,
 * each cancellation making an offer to the next in its waiting line
 * @param slidesPercent of the talks in the timetable, how many have their slides (a small
 * generated PDF) attached by their speaker
 * @param feedbackPerStartedTalk the mean number of registered attendees who give feedback
 * on each talk that has started, each from half to one and a half times as many
 */
public record Preset(String slug, String name, String venue, String timeZone, int startsInDays, boolean startsOnMonday,
		int days, List<PresetRoom> rooms, int people, int microconferences, int acceptedMicroconferences,
		int leadsPerMicroconference, int keyAttendeesPerMicroconference, int topicsPerMicroconference, int decidedCalls,
		int acceptedPerDecidedCall, int reviewsPerTopic, int interestPerPerson, List<PresetTicketType> ticketTypes,
		int cancellations, int slidesPercent, int feedbackPerStartedTalk) {

	public Preset {
		rooms = List.copyOf(rooms);
		ticketTypes = List.copyOf(ticketTypes);
	}

	public record PresetRoom(String name, int capacity) {
	}

	/**
	 * @param registrations how many register for it, in turn: beyond its capacity they
	 * wait in its line
	 * @param paidPercent of those holding a place awaiting payment, how many an organiser
	 * marks paid
	 * @param code the one code that buys it, or null for a type anyone may buy
	 */
	public record PresetTicketType(String name, String description, String price, String currency, int capacity,
			int registrations, int paidPercent, String code) {
	}

}
