package org.plumbline.schedule.instance;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.plumbline.schedule.ConflictLevel;
import org.plumbline.schedule.solver.Block;
import org.plumbline.schedule.solver.Cell;
import org.plumbline.schedule.solver.LocalHours;
import org.plumbline.schedule.solver.PenaltyTables;
import org.plumbline.schedule.solver.PersonBlock;
import org.plumbline.schedule.solver.Placement;
import org.plumbline.schedule.solver.PresenterHours;
import org.plumbline.schedule.solver.Room;
import org.plumbline.schedule.solver.ScheduleConstraint;
import org.plumbline.schedule.solver.SchedulingProblem;
import org.plumbline.schedule.solver.Similarity;
import org.plumbline.schedule.solver.TablePenalty;
import org.plumbline.schedule.solver.Talk;
import org.plumbline.schedule.solver.Track;
import org.plumbline.schedule.solver.Weight;
import tools.jackson.databind.JsonNode;

/**
 * Turns a scheduling instance file into the solver's problem, one record per item. The
 * schema has fixed the file's shape; what it cannot check (dates, time zones) is refused
 * here naming the item, and the rest (unknown ids, sizes) by the solver's own validation.
 * A count the schema lets a file leave out (a talk's interest, what a slot costs outside
 * a presenter's hours) is 0.
 */
final class InstanceReader {

	private static final SchemaCheckedJson SCHEMA = new SchemaCheckedJson(SchedulingFiles.INSTANCE_SCHEMA);

	private InstanceReader() {
	}

	static SchedulingProblem read(byte[] bytes) {
		JsonNode root = SCHEMA.read(bytes);
		JsonNode penalties = root.path("penalties");
		return new SchedulingProblem(list(root.path("blocks"), InstanceReader::block),
				list(root.path("rooms"), room -> new Room(text(room, "id"), room.path("capacity").longValue())),
				list(root.path("tracks"), InstanceReader::track), list(root.path("talks"), InstanceReader::talk),
				new PenaltyTables(tablePenalties(penalties.path("trackBlocks")),
						tablePenalties(penalties.path("trackRooms")), tablePenalties(penalties.path("roomBlocks")),
						list(penalties.path("personBlocks"),
								entry -> new PersonBlock(text(entry, "person"), text(entry, "block"),
										list(entry.path("slots"), JsonNode::intValue))),
						tablePenalties(penalties.path("talkBlocks")), tablePenalties(penalties.path("talkRooms")),
						list(penalties.path("similarities"),
								similarity -> new Similarity(text(similarity, "track"), text(similarity, "otherTrack"),
										similarity.path("similarity").longValue())),
						penalties.path("outsideSuitableHours").asLong(0),
						penalties.path("outsideAcceptableHours").asLong(0)),
				weights(root.path("weights")));
	}

	private static Block block(JsonNode block) {
		String id = text(block, "id");
		return new Block(id, block.path("order").intValue(), date(block, id), instant(block, "start", id),
				instant(block, "end", id), block.path("slots").intValue(), block.path("slotMinutes").intValue());
	}

	private static Track track(JsonNode track) {
		return new Track(text(track, "id"), texts(track.path("chairs")), texts(track.path("keyAttendees")),
				list(track.path("boundCells"), cell -> new Cell(text(cell, "block"), text(cell, "room"))));
	}

	private static Talk talk(JsonNode talk) {
		String id = text(talk, "id");
		JsonNode wanted = talk.path("wantedPosition");
		return new Talk(id, text(talk, "track"), talk.path("slots").intValue(),
				wanted.isMissingNode() ? null : wanted.intValue(), texts(talk.path("presenters")),
				texts(talk.path("attendees")), talk.path("interest").asLong(0), presenterHours(talk, id),
				placement(talk.path("pinned")));
	}

	private static PresenterHours presenterHours(JsonNode talk, String id) {
		JsonNode hours = talk.path("presenterHours");
		if (hours.isMissingNode()) {
			return null;
		}
		String zone = text(hours, "zone");
		try {
			return new PresenterHours(ZoneId.of(zone), localHours(hours.path("suitable")),
					localHours(hours.path("acceptable")));
		}
		catch (DateTimeException ex) {
			throw new InstanceFileException("talk " + id + " names unknown time zone \"" + zone + "\"");
		}
	}

	private static LocalHours localHours(JsonNode hours) {
		return new LocalHours(LocalTime.parse(text(hours, "from")), LocalTime.parse(text(hours, "to")));
	}

	private static Placement placement(JsonNode placement) {
		return placement.isMissingNode() ? null : new Placement(text(placement, "block"), text(placement, "room"),
				placement.path("firstSlot").intValue());
	}

	private static List<TablePenalty> tablePenalties(JsonNode table) {
		return list(table, entry -> new TablePenalty(text(entry, "subject"), text(entry, "target"),
				entry.path("penalty").longValue()));
	}

	private static Map<ScheduleConstraint, Weight> weights(JsonNode weights) {
		Map<ScheduleConstraint, Weight> byConstraint = new EnumMap<>(ScheduleConstraint.class);
		weights.properties()
			.forEach(entry -> byConstraint.put(ScheduleConstraint.valueOf(entry.getKey()),
					new Weight(ConflictLevel.valueOf(text(entry.getValue(), "level")),
							entry.getValue().path("weight").longValue())));
		return byConstraint;
	}

	private static LocalDate date(JsonNode block, String id) {
		String date = text(block, "date");
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeException ex) {
			throw new InstanceFileException("block " + id + " has an impossible date \"" + date + "\"");
		}
	}

	private static Instant instant(JsonNode block, String property, String id) {
		String instant = text(block, property);
		try {
			return OffsetDateTime.parse(instant).toInstant();
		}
		catch (DateTimeException ex) {
			throw new InstanceFileException("block " + id + " has an impossible " + property + " \"" + instant + "\"");
		}
	}

	private static String text(JsonNode node, String property) {
		return node.path(property).stringValue();
	}

	private static List<String> texts(JsonNode array) {
		return list(array, JsonNode::stringValue);
	}

	private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
		List<T> items = new ArrayList<>();
		array.values().forEach(element -> items.add(item.apply(element)));
		return items;
	}

}
