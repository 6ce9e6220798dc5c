package org.plumbline;

import java.time.Clock;

import org.plumbline.generator.GenerateCommand;
import org.plumbline.importer.EventFileCommand;
import org.plumbline.importer.ScheduleImportCommand;
import org.plumbline.schedule.SolveCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class PlumblineApplication {

	public static void main(String[] args) {
		if (EventFileCommand.handles(args)) {
			System.exit(new EventFileCommand(PlumblineApplication.class, System.out, System.err).run(args));
		}
		if (ScheduleImportCommand.handles(args)) {
			System.exit(new ScheduleImportCommand(PlumblineApplication.class, System.out, System.err).run(args));
		}
		if (GenerateCommand.handles(args)) {
			System.exit(new GenerateCommand(PlumblineApplication.class, System.out, System.err).run(args));
		}
		if (SolveCommand.handles(args)) {
			System.exit(new SolveCommand(System.out, System.err).run(args));
		}
		SpringApplication.run(PlumblineApplication.class, args);
	}

	/**
	 * The one source of "now", so that tests of deadlines can move time (ARCHITECTURE.md,
	 * "Time").
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
