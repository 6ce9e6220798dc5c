package org.plumbline.schedule.solver;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that the penalty tables name known items, each pair once, with no negative
 * penalty, and people unavailable only in slots their blocks have.
 */
final class PenaltyTableValidator {

	private final Map<String, Block> blocks;

	private final Set<String> rooms;

	private final Set<String> tracks;

	private final Set<String> talks;

	private final Set<String> people;

	/**
	 * @param people everyone the problem names: presenters, attendees, chairs and key
	 * attendees
	 */
	PenaltyTableValidator(Map<String, Block> blocks, Set<String> rooms, Set<String> tracks, Set<String> talks,
			Set<String> people) {
		this.blocks = blocks;
		this.rooms = rooms;
		this.tracks = tracks;
		this.talks = talks;
		this.people = people;
	}

	void check(PenaltyTables tables) {
		checkTable("trackBlocks", tables.trackBlocks(), tracks, "track", blocks.keySet(), "block");
		checkTable("trackRooms", tables.trackRooms(), tracks, "track", rooms, "room");
		checkTable("roomBlocks", tables.roomBlocks(), rooms, "room", blocks.keySet(), "block");
		checkPersonBlocks(tables.personBlocks());
		checkTable("talkBlocks", tables.talkBlocks(), talks, "talk", blocks.keySet(), "block");
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

	private void checkPersonBlocks(List<PersonBlock> entries) {
		Set<List<String>> seen = new HashSet<>();
		for (PersonBlock entry : entries) {
			known(people, entry.person(), "personBlocks", "person");
			known(blocks.keySet(), entry.block(), "personBlocks", "block");
			int slots = blocks.get(entry.block()).slots();
			for (int slot : entry.slots()) {
				if (slot < 0 || slot >= slots) {
					throw new InvalidProblemException("the penalty table personBlocks gives person " + entry.person()
							+ " slot " + slot + " of block " + entry.block() + ", which holds " + slots
							+ " (slots count from 0)");
				}
			}
			if (!seen.add(List.of(entry.person(), entry.block()))) {
				throw new InvalidProblemException("the penalty table personBlocks lists person " + entry.person()
						+ " and block " + entry.block() + " twice");
			}
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
