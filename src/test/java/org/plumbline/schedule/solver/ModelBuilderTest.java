package org.plumbline.schedule.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plumbline.schedule.solver.Fixtures.block;
import static org.plumbline.schedule.solver.Fixtures.problem;
import static org.plumbline.schedule.solver.Fixtures.room;
import static org.plumbline.schedule.solver.Fixtures.talk;
import static org.plumbline.schedule.solver.Fixtures.track;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One model serves every solver of a run: solvers started side by side build their
 * solutions from it at the same moment, and must all see each person as the same one.
 */
class ModelBuilderTest {

	private static final int SOLVERS = 8;

	@Test
	void solutionsBuiltAtTheSameMomentNameEveryPersonAlike() throws Exception {
		List<String> alone = peopleOf(new ModelBuilder(crowdedTalks()).unsolved());

		ExecutorService executor = Executors.newFixedThreadPool(SOLVERS);
		try {
			for (int round = 0; round < 20; round++) {
				ModelBuilder model = new ModelBuilder(crowdedTalks());
				CyclicBarrier start = new CyclicBarrier(SOLVERS);
				List<Future<List<String>>> built = new ArrayList<>();
				for (int solver = 0; solver < SOLVERS; solver++) {
					built.add(executor.submit(() -> {
						start.await();
						return peopleOf(model.unsolved());
					}));
				}
				for (Future<List<String>> people : built) {
					assertThat(people.get()).isEqualTo(alone);
				}
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static List<String> peopleOf(Timetabling timetabling) {
		return timetabling.getTalks()
			.stream()
			.map(PlannedTalk::facts)
			.map(facts -> facts.presenters() + " " + facts.attendees())
			.toList();
	}

	/** 40 talks, each with its own speaker and 30 attendees of its own. */
	private static SchedulingProblem crowdedTalks() {
		List<Talk> talks = new ArrayList<>();
		for (int index = 0; index < 40; index++) {
			List<String> attendees = new ArrayList<>();
			for (int attendee = 0; attendee < 30; attendee++) {
				attendees.add("attendee" + index + "-" + attendee);
			}
			talks.add(talk("t" + index, "A", 1, List.of("speaker" + index), attendees));
		}
		return problem(List.of(block("b1", 1, 10), block("b2", 2, 10)), List.of(room("r1"), room("r2")),
				List.of(track("A")), talks);
	}

}
