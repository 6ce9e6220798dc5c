package org.plumbline.export.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the JSON API answers: released and public data only, people by their stored GUID
 * and the name written in that list, times with the offset of the event's zone at that
 * instant. Text fields are Markdown as the organisers and speakers wrote it.
 */
final class ApiJson {

	private ApiJson() {
	}

	@Schema(name = "Event")
	record EventJson(String slug, String name, LocalDate startDate, LocalDate endDate,
			@Schema(description = "IANA zone, such as America/New_York") String timeZone, String venue,
			@Schema(description = "Number of the latest released timetable; null before the first release",
					nullable = true) Integer scheduleVersion) {
	}

	@Schema(name = "Person", description = "A person under the name written in this list")
	record PersonJson(UUID guid, String name) {
	}

	@Schema(name = "KeyAttendee")
	record KeyAttendeeJson(UUID guid, String name, @Schema(nullable = true) String role) {
	}

	@Schema(name = "Microconference")
	record McJson(String slug, UUID guid, String title, @Schema(description = "Markdown") String description,
			List<SectionJson> sections, List<KeyAttendeeJson> keyAttendees,
			@Schema(description = "Caption of the leads line, such as \"MC leads\"") String leadsCaption,
			List<PersonJson> leads) {
	}

	@Schema(name = "Section", description = "A captioned part of an MC's page, entries in order")
	record SectionJson(@Schema(nullable = true) String caption,
			@Schema(description = "TEXT, TOPICS, AUDIENCE, ACCOMPLISHMENTS, REFERENCES or KEY_ATTENDEES") String kind,
			List<EntryJson> entries) {
	}

	@Schema(name = "SectionEntry")
	record EntryJson(@Schema(description = "PARAGRAPH, ITEM or REFERENCE") String kind,
			@Schema(description = "Markdown") String text,
			@Schema(description = "A reference's number", nullable = true) Integer number,
			@Schema(description = "A list item's subitems, Markdown") List<String> subitems) {
	}

	@Schema(name = "Room")
	record RoomJson(UUID guid, String name, int capacity) {
	}

	@Schema(name = "RoomRef")
	record RoomRefJson(UUID guid, String name) {
	}

	@Schema(name = "Track", description = "The MC or plain track a session belongs to")
	record TrackJson(@Schema(description = "MICROCONFERENCE or TRACK") String kind, String slug, String title) {
	}

	@Schema(name = "Talk")
	record TalkJson(UUID guid, @Schema(description = "The per-event numeric id of the c3voc formats") int exportId,
			String title, @JsonProperty("abstract") @Schema(description = "Markdown") String abstractText,
			List<PersonJson> speakers, TrackJson track, RoomRefJson room, UUID sessionGuid, OffsetDateTime startsAt,
			OffsetDateTime endsAt, @Schema(description = "Minutes") long durationMinutes) {
	}

	@Schema(name = "Speaker", description = "Someone who speaks or leads a session in the released timetable")
	record SpeakerJson(UUID guid,
			@Schema(description = "The name as written where the person first appears in the timetable") String name,
			@Schema(description = "GUIDs of the talks they give") List<UUID> talks,
			@Schema(description = "Slugs of the MCs whose sessions they lead") List<String> leads) {
	}

	@Schema(name = "Session", description = "An MC's block, a plain track's session or a break")
	record SessionJson(UUID guid, int exportId, @Schema(description = "MICROCONFERENCE, TRACK or BREAK") String kind,
			String title, @Schema(nullable = true, description = "null for a break") TrackJson track,
			@Schema(nullable = true, description = "null for a break in every room") RoomRefJson room,
			OffsetDateTime startsAt, OffsetDateTime endsAt, List<PersonJson> leads, List<TalkJson> talks) {
	}

	@Schema(name = "Schedule", description = "A released version of the timetable")
	record ScheduleJson(String event, int version, OffsetDateTime releasedAt,
			@Schema(nullable = true) String changeNote, String timeZone, List<RoomJson> rooms,
			List<SessionJson> sessions) {
	}

}
