package org.plumbline.schedule;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a change of the draft did, and the conflicts the draft has after it (DOMAIN.md
 * L12: computed on demand), with the ones the change brought in named apart.
 *
 * @param done the change in words, such as "Placed Kernel MC in Hall A, Fri 10:00–13:30."
 * @param conflicts every conflict of the draft after the change that its event's policy
 * does not ignore
 * @param introduced the words of the conflicts that were not there before it
 */
public record DraftChange(String done, List<PolicedConflict> conflicts, List<String> introduced) {

	public DraftChange {
		conflicts = List.copyOf(conflicts);
		introduced = List.copyOf(introduced);
	}

	static DraftChange between(String done, List<PolicedConflict> before, List<PolicedConflict> after) {
		Set<String> known = before.stream().map(DraftChange::key).collect(Collectors.toSet());
		List<String> introduced = after.stream()
			.filter(conflict -> !known.contains(key(conflict)))
			.map(PolicedConflict::words)
			.toList();
		return new DraftChange(done, after, introduced);
	}

	/**
	 * Refuses the change if it brought in a conflict whose policy blocks changes.
	 * @throws TimetableRefusedException naming each such conflict
	 */
	void refuseBlockedConflicts() {
		List<String> blocking = conflicts.stream()
			.filter(conflict -> conflict.blocksChange() && introduced.contains(conflict.words()))
			.map(PolicedConflict::words)
			.toList();
		if (!blocking.isEmpty()) {
			throw new TimetableRefusedException("This change would bring in "
					+ (blocking.size() == 1 ? "a conflict" : blocking.size() + " conflicts")
					+ " that the event's policy does not allow: " + String.join("; ", blocking) + ".");
		}
	}

	private static String key(PolicedConflict conflict) {
		return conflict.conflict().level() + " " + conflict.words();
	}

}
