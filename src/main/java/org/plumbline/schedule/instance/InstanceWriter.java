package org.plumbline.schedule.instance;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a solver problem as a scheduling instance file, the inverse of
 * {@link InstanceReader}: instants in UTC, optional items left out when absent, weights
 * in constraint order.
 */
final class InstanceWriter {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private InstanceWriter() {
	}

	static byte[] write(SchedulingProblem problem) {
		ObjectNode root = NODES.objectNode();
		root.put("format", SchedulingFiles.INSTANCE_FORMAT);
		root.put("formatVersion", SchedulingFiles.VERSION);
		array(root, "blocks", problem.blocks(), InstanceWriter::block);
		array(root, "rooms", problem.rooms(), InstanceWriter::room);
		array(root, "tracks", problem.tracks(), InstanceWriter::track);
		array(root, "talks", problem.talks(), InstanceWriter::talk);
		penalties(root.putObject("penalties"), problem.penalties());
		weights(root.putObject("weights"), problem.weights());
		return SchemaCheckedJson.write(root);
	}

	private static void block(ObjectNode node, Block block) {
		node.put("id", block.id());
		node.put("order", block.order());
		node.put("date", block.date().toString());
		node.put("start", block.start().toString());
		node.put("end", block.end().toString());
		node.put("slots", block.slots());
		node.put("slotMinutes", block.slotMinutes());
	}

	private static void room(ObjectNode node, Room room) {
		node.put("id", room.id());
		node.put("capacity", room.capacity());
	}

	private static void track(ObjectNode node, Track track) {
		node.put("id", track.id());
		texts(node, "chairs", track.chairs());
		texts(node, "keyAttendees", track.keyAttendees());
		if (!track.boundCells().isEmpty()) {
			array(node, "boundCells", track.boundCells(), InstanceWriter::cell);
		}
	}

	private static void cell(ObjectNode node, Cell cell) {
		node.put("block", cell.block());
		node.put("room", cell.room());
	}

	private static void talk(ObjectNode node, Talk talk) {
		node.put("id", talk.id());
		node.put("track", talk.track());
		node.put("slots", talk.slots());
		if (talk.wantedPosition() != null) {
			node.put("wantedPosition", talk.wantedPosition());
		}
		texts(node, "presenters", talk.presenters());
		texts(node, "attendees", talk.attendees());
		node.put("interest", talk.interest());
		if (talk.presenterHours() != null) {
			presenterHours(node.putObject("presenterHours"), talk.presenterHours());
		}
		if (talk.pinned() != null) {
			placement(node.putObject("pinned"), talk.pinned());
		}
	}

	private static void presenterHours(ObjectNode node, PresenterHours hours) {
		node.put("zone", hours.zone().getId());
		localHours(node.putObject("suitable"), hours.suitable());
		localHours(node.putObject("acceptable"), hours.acceptable());
	}

	private static void localHours(ObjectNode node, LocalHours hours) {
		node.put("from", hours.from().toString());
		node.put("to", hours.to().toString());
	}

	static void placement(ObjectNode node, Placement placement) {
		node.put("block", placement.block());
		node.put("room", placement.room());
		node.put("firstSlot", placement.firstSlot());
	}

	private static void penalties(ObjectNode node, PenaltyTables penalties) {
		array(node, "trackBlocks", penalties.trackBlocks(), InstanceWriter::tablePenalty);
		array(node, "trackRooms", penalties.trackRooms(), InstanceWriter::tablePenalty);
		array(node, "roomBlocks", penalties.roomBlocks(), InstanceWriter::tablePenalty);
		array(node, "personBlocks", penalties.personBlocks(), InstanceWriter::personBlock);
		array(node, "talkBlocks", penalties.talkBlocks(), InstanceWriter::tablePenalty);
		array(node, "talkRooms", penalties.talkRooms(), InstanceWriter::tablePenalty);
		array(node, "similarities", penalties.similarities(), InstanceWriter::similarity);
		node.put("outsideSuitableHours", penalties.outsideSuitableHours());
		node.put("outsideAcceptableHours", penalties.outsideAcceptableHours());
	}

	private static void tablePenalty(ObjectNode node, TablePenalty penalty) {
		node.put("subject", penalty.subject());
		node.put("target", penalty.target());
		node.put("penalty", penalty.penalty());
	}

	private static void personBlock(ObjectNode node, PersonBlock entry) {
		node.put("person", entry.person());
		node.put("block", entry.block());
		if (!entry.slots().isEmpty()) {
			ArrayNode slots = node.putArray("slots");
			entry.slots().forEach(slots::add);
		}
	}

	private static void similarity(ObjectNode node, Similarity similarity) {
		node.put("track", similarity.track());
		node.put("otherTrack", similarity.otherTrack());
		node.put("similarity", similarity.similarity());
	}

	private static void weights(ObjectNode node, Map<ScheduleConstraint, Weight> weights) {
		for (ScheduleConstraint constraint : ScheduleConstraint.values()) {
			Weight weight = weights.get(constraint);
			if (weight != null) {
				ObjectNode entry = node.putObject(constraint.name());
				entry.put("level", weight.level().name());
				entry.put("weight", weight.weight());
			}
		}
	}

	private static void texts(ObjectNode node, String property, List<String> texts) {
		ArrayNode array = node.putArray(property);
		texts.forEach(array::add);
	}

	private static <T> void array(ObjectNode node, String property, List<T> items, BiConsumer<ObjectNode, T> item) {
		ArrayNode array = node.putArray(property);
		items.forEach(element -> item.accept(array.addObject(), element));
	}

}
