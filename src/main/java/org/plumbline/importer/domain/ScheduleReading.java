package org.plumbline.importer.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plumbline.cfp.TopicText;
import org.plumbline.importer.EventFileProblem;
import org.plumbline.importer.domain.ScheduleContent.ScheduleLink;
import org.plumbline.importer.domain.ScheduleContent.ScheduleTalk;
import org.plumbline.people.IdentityKey;

/**
 * What the readers of the three formats share: the rooms and talks read so far, the
 * report's lines, and the rules every talk meets whatever its format (a title, a length,
 * each speaker once), so that a pretalx talk and an Indico contribution are judged alike.
 */
final class ScheduleReading {

	static final int MAX_ROOM_NAME = 100;

	static final int MAX_EVENT_NAME = 200;

	private static final Pattern UUID_FORM = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	/**
	 * The longest talk taken in, in minutes: a week holds any session a conference runs
	 * (frab's {@code D:HH:MM} durations name days), and a longer one is a typo.
	 */
	static final long MAX_TALK_MINUTES = 7 * 24 * 60;

	/** At most nine digits of days, so that the minutes always fit a long. */
	private static final Pattern DURATION = Pattern.compile("(?:(\\d{1,9}):)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

	/** The link types c3voc and frab give a talk's video. */
	private static final List<String> RECORDING_TYPES = List.of("video", "media", "recording");

	private final Set<String> rooms = new LinkedHashSet<>();

	private final List<ScheduleTalk> talks = new ArrayList<>();

	private final List<EventFileProblem> warnings = new ArrayList<>();

	private final List<EventFileProblem> skipped = new ArrayList<>();

	void warn(EventFileProblem problem) {
		warnings.add(problem);
	}

	void skip(EventFileProblem problem) {
		skipped.add(problem);
	}

	/**
	 * Notes a room, in the order first met; a name too long for a room is reported and
	 * left out.
	 * @return the room's name as kept, or null when there is none to keep
	 */
	String room(String name, EventFileProblem place) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			return null;
		}
		if (trimmed.length() > MAX_ROOM_NAME) {
			if (!rooms.contains(trimmed)) {
				skip(at(place, "room \"" + trimmed.substring(0, 40) + "…\" left out: a room's name has at most "
						+ MAX_ROOM_NAME + " characters"));
			}
			return null;
		}
		rooms.add(trimmed);
		return trimmed;
	}

	/**
	 * Takes a talk in, or reports why it is left out: it needs a title that fits and a
	 * positive length of at most {@link #MAX_TALK_MINUTES}. A longer abstract is cut and
	 * reported; a speaker named twice is kept once.
	 * @param guid as written, or null
	 * @param minutes null when the file gives no readable length
	 */
	void talk(EventFileProblem place, String guid, String title, String abstractText, String track, String room,
			Instant startsAt, Long minutes, List<String> speakers, List<ScheduleLink> links) {
		String trimmedTitle = title == null ? "" : title.strip();
		if (trimmedTitle.isEmpty()) {
			skip(at(place, "talk left out: it has no title"));
			return;
		}
		String quoted = "talk \"" + trimmedTitle + "\"";
		if (trimmedTitle.length() > TopicText.MAX_TITLE_LENGTH) {
			skip(at(place, quoted + " left out: a title has at most " + TopicText.MAX_TITLE_LENGTH + " characters"));
			return;
		}
		if (minutes == null || minutes <= 0) {
			skip(at(place, quoted + " left out: it has no readable duration"));
			return;
		}
		if (minutes > MAX_TALK_MINUTES) {
			skip(at(place, quoted + " left out: its duration of " + minutes + " minutes is longer than a week ("
					+ MAX_TALK_MINUTES + " minutes)"));
			return;
		}
		String text = abstractText == null ? "" : abstractText.strip();
		if (text.length() > TopicText.MAX_ABSTRACT_LENGTH) {
			warn(at(place, quoted + ": its abstract and description have " + text.length() + " characters; the first "
					+ TopicText.MAX_ABSTRACT_LENGTH + " are kept"));
			text = text.substring(0, TopicText.MAX_ABSTRACT_LENGTH);
		}
		List<String> names = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (String speaker : speakers) {
			String name = speaker == null ? "" : speaker.strip();
			if (name.isEmpty()) {
				continue;
			}
			if (name.length() > TopicText.MAX_TITLE_LENGTH) {
				warn(at(place, quoted + ": a speaker's name of " + name.length() + " characters is left out (at most "
						+ TopicText.MAX_TITLE_LENGTH + ")"));
				continue;
			}
			String key = IdentityKey.of(name);
			if (key.isEmpty() || keys.add(key)) {
				names.add(name);
			}
		}
		String trackName = track == null || track.isBlank() ? null : track.strip();
		if (trackName != null && trackName.length() > TopicText.MAX_TITLE_LENGTH) {
			warn(at(place, quoted + ": its track's name is too long (at most " + TopicText.MAX_TITLE_LENGTH
					+ " characters); it goes to the default track"));
			trackName = null;
		}
		talks.add(new ScheduleTalk(place, uuid(guid), trimmedTitle, text, trackName, room(room, place), startsAt,
				Math.toIntExact(minutes), List.copyOf(names), List.copyOf(links)));
	}

	/**
	 * The content, its dates widened to hold every talk (in the event's zone) and said
	 * so; a file with neither dates nor talks is dated by {@code fallback}.
	 * @param declaredStart the first day the file declares, or null
	 * @param declaredEnd the last day the file declares, or null
	 */
	ScheduleContent content(String format, String name, ZoneId zone, LocalDate declaredStart, LocalDate declaredEnd,
			String venue, EventFileProblem datesPlace, LocalDate fallback) {
		LocalDate start = declaredStart;
		LocalDate end = declaredEnd != null && start != null && declaredEnd.isBefore(start) ? start : declaredEnd;
		if (declaredEnd != null && end != declaredEnd) {
			warn(at(datesPlace,
					"the end " + declaredEnd + " is before the start " + start + "; the event ends on " + start));
		}
		for (ScheduleTalk talk : talks) {
			if (talk.startsAt() == null) {
				continue;
			}
			LocalDate day = talk.startsAt().atZone(zone).toLocalDate();
			if (start != null && end != null && (day.isBefore(start) || day.isAfter(end))) {
				warn(talk.problem("talk \"" + talk.title() + "\" is on " + day + ", outside the declared dates " + start
						+ " – " + end + "; the event's dates are widened to hold it"));
			}
			start = start == null || day.isBefore(start) ? day : start;
			end = end == null || day.isAfter(end) ? day : end;
		}
		if (start == null) {
			start = end != null ? end : fallback;
		}
		if (end == null) {
			end = start;
		}
		return new ScheduleContent(format, name, zone, start, end, venue, List.copyOf(rooms), List.copyOf(talks),
				List.copyOf(warnings), List.copyOf(skipped));
	}

	/** The GUID as written if it has a UUID's form, else null. */
	static UUID uuid(String text) {
		return text != null && UUID_FORM.matcher(text.strip()).matches() ? UUID.fromString(text.strip()) : null;
	}

	/**
	 * Minutes of a c3voc duration ({@code HH:MM}, {@code HH:MM:SS} or frab's
	 * {@code D:HH:MM}), or null when it is none.
	 */
	static Long minutes(String duration) {
		if (duration == null) {
			return null;
		}
		Matcher matcher = DURATION.matcher(duration.strip());
		if (!matcher.matches()) {
			return null;
		}
		long days = matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1));
		int seconds = matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4));
		return days * 24 * 60 + Integer.parseInt(matcher.group(2)) * 60L + Integer.parseInt(matcher.group(3))
				+ (seconds >= 30 ? 1 : 0);
	}

	/**
	 * An address made absolute against the base (frab writes its attachments as
	 * "/system/..."), or as written when it is absolute already, there is no base, or it
	 * is no address at all (the material rules then say why it is left out).
	 */
	static String resolved(URI base, String url) {
		if (base == null || absoluteUri(url) != null) {
			return url;
		}
		try {
			URI relative = new URI(url);
			return relative.getScheme() == null && relative.getHost() == null && url.startsWith("/")
					? base.resolve(relative).toString() : url;
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return url;
		}
	}

	/** The address as a URI if it is an absolute http(s) one with a host, else null. */
	static URI absoluteUri(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(url.strip());
			String scheme = uri.getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					&& uri.getHost() != null ? uri : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * A talk's link as both c3voc formats write it: made absolute against the base,
	 * titled by its address when untitled, a recording when its type says video or media.
	 * @return null without an address
	 */
	static ScheduleLink link(String url, String title, String type, URI base) {
		if (url == null || url.isBlank()) {
			return null;
		}
		boolean recording = type != null && RECORDING_TYPES.contains(type.strip().toLowerCase(Locale.ROOT));
		String absolute = resolved(base, url.strip());
		return new ScheduleLink(title == null || title.isBlank() ? absolute : title.strip(), absolute, recording);
	}

	/**
	 * The address frab's relative attachment paths ("/system/...") are relative to: the
	 * first candidate that is an absolute http(s) address, else null.
	 */
	static URI base(String... candidates) {
		for (String url : candidates) {
			URI uri = absoluteUri(url);
			if (uri != null) {
				return uri;
			}
		}
		return null;
	}

	/**
	 * A talk's start: its date-time ({@code date}) if readable, else its day's date at
	 * its {@code start} in the event's zone; null when neither.
	 */
	static Instant startsAt(String date, String start, LocalDate day, ZoneId zone) {
		OffsetDateTime dateTime = offsetDateTime(date);
		if (dateTime != null) {
			return dateTime.toInstant();
		}
		if (day == null || start == null) {
			return null;
		}
		try {
			return day.atTime(LocalTime.parse(start.strip())).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	static OffsetDateTime offsetDateTime(String text) {
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** A date, or the date of a date-time; null when neither. */
	static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		OffsetDateTime dateTime = offsetDateTime(text);
		if (dateTime != null) {
			return dateTime.toLocalDate();
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * Why a file naming a time zone that does not exist is refused: guessing another zone
	 * would move every talk by hours.
	 */
	static String unknownZone(String name) {
		return "unknown time zone \"" + name.strip() + "\"; name one of the IANA database, such as Europe/Berlin";
	}

	static EventFileProblem at(EventFileProblem place, String message) {
		return new EventFileProblem(place.pointer(), place.line(), place.column(), message);
	}

	/** The name as kept for the event: at most {@link #MAX_EVENT_NAME} characters. */
	String eventName(String name, String fallback, EventFileProblem place) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			warn(at(place, "the file names no event title; the event is called \"" + fallback + "\""));
			return fallback;
		}
		if (trimmed.length() > MAX_EVENT_NAME) {
			warn(at(place,
					"the title has " + trimmed.length() + " characters; the first " + MAX_EVENT_NAME + " are kept"));
			return trimmed.substring(0, MAX_EVENT_NAME);
		}
		return trimmed;
	}

}
