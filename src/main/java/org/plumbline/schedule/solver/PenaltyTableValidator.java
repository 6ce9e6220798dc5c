package org.plumbline.schedule.solver;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that the penalty tables name known items, each pair once, with no negative
 * penalty.
 */
final class PenaltyTableValidator {

	private final Set<String> blocks;

	private final Set<String> rooms;

	private final Set<String> tracks;

	private final Set<String> talks;

	PenaltyTableValidator(Set<String> blocks, Set<String> rooms, Set<String> tracks, Set<String> talks) {
		this.blocks = blocks;
		this.rooms = rooms;
		this.tracks = tracks;
		this.talks = talks;
	}

	void check(PenaltyTables tables) {
		checkTable("trackBlocks", tables.trackBlocks(), tracks, "track", blocks, "block");
		checkTable("trackRooms", tables.trackRooms(), tracks, "track", rooms, "room");
		checkTable("roomBlocks", tables.roomBlocks(), rooms, "room", blocks, "block");
		checkTable("talkBlocks", tables.talkBlocks(), talks, "talk", blocks, "block");
		checkTable("talkRooms", tables.talkRooms(), talks, "talk", rooms, "room");
		Set<Set<String>> pairs = new HashSet<>();
		for (Similarity similarity : tables.similarities()) {
			known(tracks, similarity.track(), "similarities", "track");
			known(tracks, similarity.otherTrack(), "similarities", "track");
			if (similarity.similarity() < 0) {
				throw new InvalidProblemException("similarities give tracks " + similarity.track() + " and "
						+ similarity.otherTrack() + " a negative similarity");
			}
			if (!pairs.add(Set.of(similarity.track(), similarity.otherTrack()))) {
				throw new InvalidProblemException("similarities list tracks " + similarity.track() + " and "
						+ similarity.otherTrack() + " twice");
			}
		}
		if (tables.outsideSuitableHours() < 0 || tables.outsideAcceptableHours() < 0) {
			throw new InvalidProblemException("the penalties outside a presenter's hours may not be negative");
		}
	}

	private static void checkTable(String table, List<TablePenalty> entries, Set<String> subjects, String subjectKind,
			Set<String> targets, String targetKind) {
		Set<List<String>> seen = new HashSet<>();
		for (TablePenalty entry : entries) {
			known(subjects, entry.subject(), table, subjectKind);
			known(targets, entry.target(), table, targetKind);
			if (entry.penalty() < 0) {
				throw new InvalidProblemException("the penalty table " + table + " gives " + subjectKind + " "
						+ entry.subject() + " and " + targetKind + " " + entry.target() + " a negative penalty");
			}
			if (!seen.add(List.of(entry.subject(), entry.target()))) {
				throw new InvalidProblemException("the penalty table " + table + " lists " + subjectKind + " "
						+ entry.subject() + " and " + targetKind + " " + entry.target() + " twice");
			}
		}
	}

	private static void known(Set<String> ids, String id, String table, String kind) {
		if (!ids.contains(id)) {
			throw new InvalidProblemException("the penalty table " + table + " names an unknown " + kind + " " + id);
		}
	}

}
