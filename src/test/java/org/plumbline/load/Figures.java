package org.plumbline.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts of one scenario, in the order they were taken, with the timings of its
 * requests, printed as Markdown tables for RELIABILITY.md.
 */
final class Figures {

	private final String scenario;

	private final List<String> counts = new ArrayList<>();

	private final List<Timings> timings = new ArrayList<>();

	Figures(String scenario) {
		this.scenario = scenario;
	}

	void add(String name, Object value) {
		counts.add("| " + name + " | " + value + " |");
	}

	void add(Timings requests) {
		timings.add(requests);
	}

	String table() {
		StringBuilder text = new StringBuilder("### " + scenario + "\n\n");
		text.append(Timings.header()).append('\n');
		timings.forEach(requests -> text.append(requests.row()).append('\n'));
		text.append("\n| count | value |\n| --- | ---: |\n");
		counts.forEach(line -> text.append(line).append('\n'));
		return text.toString();
	}

}
