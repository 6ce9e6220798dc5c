package org.plumbline.load;

import java.util.ArrayList;
import java.util.List;

/** The invariants a run broke, each said in a line; the run fails if there is any. */
final class Violations {

	private static final int SHOWN = 20;

	private final List<String> all = new ArrayList<>();

	synchronized void add(String violation) {
		all.add(violation);
	}

	synchronized boolean any() {
		return !all.isEmpty();
	}

	/** The first violations, and how many more there are. */
	synchronized String report() {
		StringBuilder text = new StringBuilder();
		all.stream().limit(SHOWN).forEach(line -> text.append("VIOLATION: ").append(line).append('\n'));
		if (all.size() > SHOWN) {
			text.append("... and ").append(all.size() - SHOWN).append(" more\n");
		}
		return text.toString();
	}

}
