package org.plumbline.importer;

import java.util.List;

/** A file that was not imported, with every problem found in it; nothing was written. */
public class EventFileException extends RuntimeException {

	private final transient List<EventFileProblem> problems;

	public EventFileException(List<EventFileProblem> problems) {
		super(problems.size() == 1 ? problems.getFirst().toString()
				: problems.size() + " problems, the first: " + problems.getFirst());
		this.problems = List.copyOf(problems);
	}

	public EventFileException(EventFileProblem problem) {
		this(List.of(problem));
	}

	/** The problems in the order they appear in the file. */
	public List<EventFileProblem> problems() {
		return problems;
	}

}
