package org.plumbline.export.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.plumbline.export.api.ApiJson.EventJson;
import org.plumbline.export.api.ApiJson.McJson;
import org.plumbline.export.api.ApiJson.RoomJson;
import org.plumbline.export.api.ApiJson.ScheduleJson;
import org.plumbline.export.api.ApiJson.SpeakerJson;
import org.plumbline.export.api.ApiJson.TalkJson;
import org.plumbline.export.api.ApiPage.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The read-only JSON API of events: what their public pages show and their latest
 * released timetable. Anyone may read it; it creates no session. Every answer carries an
 * ETag and, where known, a Last-Modified date, and answers 304 to a client that has it
 * already; errors are problem+json ({@link ApiErrorHandling}).
 */
@RestController
@RequestMapping(path = EventApi.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events", description = "Events, their microconferences, rooms and released timetable")
class EventApi extends ApiErrorHandling {

	static final String BASE = "/api/v1/events";

	private static final String EVENT = "{event}";

	private static final String FIRST_PAGE = "1";

	private static final String DEFAULT_SIZE = "50";

	private final PublicEventData data;

	private final ConditionalAnswers answers;

	EventApi(PublicEventData data, ConditionalAnswers answers) {
		this.data = data;
		this.answers = answers;
	}

	@GetMapping
	@Operation(summary = "Every event, the newest first")
	@ApiResponse(responseCode = "200", description = "A page of events")
	ResponseEntity<ApiPage<EventJson>> events(@RequestParam(defaultValue = FIRST_PAGE) int page,
			@RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		Paging paging = Paging.of(page, size);
		return answers.ok(data.events().map(all -> ApiPage.of(all, paging, BASE)));
	}

	@GetMapping("/" + EVENT)
	@Operation(summary = "One event")
	@ApiResponse(responseCode = "200", description = "The event")
	ResponseEntity<EventJson> event(@PathVariable("event") String event) {
		return answers.ok(data.event(event));
	}

	@GetMapping("/" + EVENT + "/microconferences")
	@Operation(summary = "The event's accepted microconferences, as their public pages show them")
	@ApiResponse(responseCode = "200", description = "A page of microconferences, in page order")
	ResponseEntity<ApiPage<McJson>> microconferences(@PathVariable("event") String event,
			@RequestParam(defaultValue = FIRST_PAGE) int page, @RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		Paging paging = Paging.of(page, size);
		return answers
			.ok(data.microconferences(event).map(all -> ApiPage.of(all, paging, path(event, "microconferences"))));
	}

	@GetMapping("/" + EVENT + "/rooms")
	@Operation(summary = "The event's rooms")
	@ApiResponse(responseCode = "200", description = "A page of rooms, in order")
	ResponseEntity<ApiPage<RoomJson>> rooms(@PathVariable("event") String event,
			@RequestParam(defaultValue = FIRST_PAGE) int page, @RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		Paging paging = Paging.of(page, size);
		return answers.ok(data.rooms(event).map(all -> ApiPage.of(all, paging, path(event, "rooms"))));
	}

	@GetMapping("/" + EVENT + "/talks")
	@Operation(summary = "The talks of the latest released timetable, by start",
			description = "Empty before the first release")
	@ApiResponse(responseCode = "200", description = "A page of talks")
	ResponseEntity<ApiPage<TalkJson>> talks(@PathVariable("event") String event,
			@RequestParam(defaultValue = FIRST_PAGE) int page, @RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		Paging paging = Paging.of(page, size);
		return answers.ok(data.talks(event, paging).map(slice -> ApiPage.of(slice, paging, path(event, "talks"))));
	}

	@GetMapping("/" + EVENT + "/speakers")
	@Operation(summary = "Who speaks or leads a session in the latest released timetable, by name",
			description = "Empty before the first release")
	@ApiResponse(responseCode = "200", description = "A page of speakers")
	ResponseEntity<ApiPage<SpeakerJson>> speakers(@PathVariable("event") String event,
			@RequestParam(defaultValue = FIRST_PAGE) int page, @RequestParam(defaultValue = DEFAULT_SIZE) int size) {
		Paging paging = Paging.of(page, size);
		return answers.ok(data.speakers(event).map(all -> ApiPage.of(all, paging, path(event, "speakers"))));
	}

	@GetMapping("/" + EVENT + "/schedule")
	@Operation(summary = "The latest released timetable: its sessions with their talks")
	@ApiResponse(responseCode = "200", description = "The released timetable")
	ResponseEntity<ScheduleJson> schedule(@PathVariable("event") String event) {
		return answers.ok(data.schedule(event));
	}

	private static String path(String event, String list) {
		return BASE + "/" + UriUtils.encodePathSegment(event, "UTF-8") + "/" + list;
	}

}
