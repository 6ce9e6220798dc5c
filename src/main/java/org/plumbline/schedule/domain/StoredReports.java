package org.plumbline.schedule.domain;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import org.plumbline.schedule.ConflictLevel;
import org.plumbline.schedule.solver.ConstraintReport;
import org.plumbline.schedule.solver.ScheduleReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report as a run stored it (the report format, docs/scheduling-instance.md) read back
 * for its page, without scoring the solution again.
 */
public final class StoredReports {

	private StoredReports() {
	}

	public static ScheduleReport read(String json) {
		JsonNode root = JsonMapper.shared().readTree(json);
		List<ConstraintReport> lines = new ArrayList<>();
		for (JsonNode line : root.path("constraints")) {
			lines.add(new ConstraintReport(line.path("name").asString(),
					ConflictLevel.valueOf(line.path("level").asString()), line.path("weight").asLong(),
					line.path("penalties").asLong()));
		}
		return new ScheduleReport(HardMediumSoftScore.of(root.path("hard").asLong(), root.path("medium").asLong(),
				root.path("soft").asLong()), lines);
	}

}
