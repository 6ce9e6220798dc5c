package org.plumbline.schedule.solver;

import java.util.List;

/**
 * The sparse tables the constraints read: {@code trackBlocks} (subject a track, target a
 * block), {@code trackRooms} (track, room), {@code roomBlocks} (room, block: the room's
 * unavailability), {@code personBlocks} (people's unavailability), {@code talkBlocks}
 * (talk, block), {@code talkRooms} (talk, room), the tracks' similarities, and what a
 * slot costs outside a remote presenter's suitable and acceptable hours. A preference is
 * expressed as penalties on the other choices.
 */
public record PenaltyTables(List<TablePenalty> trackBlocks, List<TablePenalty> trackRooms,
		List<TablePenalty> roomBlocks, List<PersonBlock> personBlocks, List<TablePenalty> talkBlocks,
		List<TablePenalty> talkRooms, List<Similarity> similarities, long outsideSuitableHours,
		long outsideAcceptableHours) {

	public static final PenaltyTables NONE = new PenaltyTables(null, null, null, null, null, null, null, 0, 0);

	public PenaltyTables {
		trackBlocks = Track.listOrEmpty(trackBlocks);
		trackRooms = Track.listOrEmpty(trackRooms);
		roomBlocks = Track.listOrEmpty(roomBlocks);
		personBlocks = Track.listOrEmpty(personBlocks);
		talkBlocks = Track.listOrEmpty(talkBlocks);
		talkRooms = Track.listOrEmpty(talkRooms);
		similarities = Track.listOrEmpty(similarities);
	}

}
