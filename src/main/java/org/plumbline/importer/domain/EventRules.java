package org.plumbline.importer.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import org.plumbline.event.EventSlugs;
import tools.jackson.databind.JsonNode;

/**
 * Rules the schema cannot state about the event, its rooms, sponsor tiers and sponsors;
 * the time blocks are checked by {@link TimeBlockRules} with the dates and zone read
 * here.
 */
final class EventRules {

	private static final Set<String> IANA_ZONES = jdkZoneIds();

	private EventRules() {
	}

	static EventSpan check(Findings findings) {
		JsonNode event = findings.root().path("event");
		String slug = Findings.text(event.get("slug"));
		if (slug != null) {
			EventSlugs.problem(slug).ifPresent(problem -> findings.add("/event/slug", problem));
		}
		ZoneId zone = zone(findings, Findings.text(event.get("timeZone")));
		LocalDate start = CalendarRules.date(event.get("startDate"));
		LocalDate end = CalendarRules.date(event.get("endDate"));
		if (start != null && end != null && end.isBefore(start)) {
			findings.add("/event/endDate", "the event ends (" + end + ") before it starts (" + start + ")");
			// Every block would be "outside" such dates; one problem is the truth.
			start = null;
			end = null;
		}
		EventSpan span = new EventSpan(start, end, zone);
		rooms(findings);
		TimeBlockRules.check(findings, span);
		sponsors(findings, tiers(findings));
		return span;
	}

	/**
	 * Only IANA ids: {@link ZoneId#of} would also take offsets such as "UTC+1", which
	 * have no daylight rules.
	 */
	private static ZoneId zone(Findings findings, String id) {
		if (id == null) {
			return null;
		}
		if (!IANA_ZONES.contains(id)) {
			findings.add("/event/timeZone", "unknown time zone \"" + id + "\"");
			return null;
		}
		return ZoneId.of(id);
	}

	/**
	 * The region ids of the JDK's own time-zone database. java.time's list alone also
	 * holds the ids libraries register while running: ical4j adds an "ical4j-local-…" id
	 * for each zone it loads, under a prefix that changes with every start, so an event
	 * stored with one could not be read back after a restart. java.util.TimeZone reads
	 * only the JDK's database, and also lists three-letter ids that java.time refuses.
	 */
	private static Set<String> jdkZoneIds() {
		Set<String> ids = new HashSet<>(Arrays.asList(TimeZone.getAvailableIDs()));
		ids.retainAll(ZoneId.getAvailableZoneIds());
		return Set.copyOf(ids);
	}

	private static void rooms(Findings findings) {
		Map<String, String> names = new HashMap<>();
		Map<String, String> guids = new HashMap<>();
		List<JsonNode> rooms = Findings.elements(findings.root().get("rooms"));
		for (int i = 0; i < rooms.size(); i++) {
			findings.uniqueText(names, rooms.get(i), "/rooms/" + i, "name", "room name");
			findings.uniqueGuid(guids, rooms.get(i), "/rooms/" + i, "room");
		}
	}

	/**
	 * The tier names the sponsors may use: the file's, or the default ones when it names
	 * none.
	 */
	private static List<String> tiers(Findings findings) {
		JsonNode tiersNode = findings.root().get("sponsorTiers");
		if (tiersNode == null) {
			return EventFileFormat.DEFAULT_SPONSOR_TIERS;
		}
		Map<String, String> seen = new HashMap<>();
		List<JsonNode> tiers = Findings.elements(tiersNode);
		for (int i = 0; i < tiers.size(); i++) {
			String tier = Findings.text(tiers.get(i));
			if (tier != null) {
				findings.unique(seen, tier, "/sponsorTiers/" + i, "sponsor tier \"" + tier + "\"");
			}
		}
		return tiers.stream().map(Findings::text).filter(tier -> tier != null).toList();
	}

	private static void sponsors(Findings findings, List<String> tiers) {
		List<JsonNode> sponsors = Findings.elements(findings.root().get("sponsors"));
		for (int i = 0; i < sponsors.size(); i++) {
			String pointer = "/sponsors/" + i;
			JsonNode sponsor = sponsors.get(i);
			String tier = Findings.text(sponsor.get("tier"));
			if (tier != null && !tiers.contains(tier)) {
				findings.add(pointer + "/tier",
						"unknown sponsor tier \"" + tier + "\"; the tiers are " + String.join(", ", tiers));
			}
			String base64 = Findings.text(sponsor.path("logo").get("base64"));
			if (base64 != null && !decodes(base64)) {
				findings.add(pointer + "/logo/base64", "is not valid base64");
			}
		}
	}

	/** Whether the text is base64 (RFC 4648) that decodes. */
	static boolean decodes(String base64) {
		try {
			Base64.getDecoder().decode(base64);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
