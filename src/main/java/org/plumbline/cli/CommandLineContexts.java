package org.plumbline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the jar's commands ({@code import}, {@code export}, {@code generate}) share: the
 * application started without its web server and its background jobs to run one command,
 * and the one line a failure is told in.
 */
public final class CommandLineContexts {

	/**
	 * A CLI prints its answer, not the application's log (start-up lines, or a failed
	 * start's stack traces); a {@code --logging.level.root=...} argument wins.
	 */
	private static final Map<String, Object> QUIET = Map.of("logging.level.root", "OFF");

	private CommandLineContexts() {
	}

	/**
	 * Starts the application without a web server, with the given
	 * {@code --spring.option=value} arguments.
	 */
	public static ConfigurableApplicationContext start(Class<?> application, List<String> springArgs) {
		List<String> args = new ArrayList<>(springArgs);
		// The demo import is for a server's first start; a command writes only what it is
		// asked to, and runs no background work (mail delivery, offers, expiry,
		// reminders), which it would claim and leave half-done when it exits.
		args.add("--plumbline.demo.enabled=false");
		args.add("--plumbline.mail.enabled=false");
		args.add("--plumbline.scheduled-jobs.enabled=false");
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(QUIET)
			.run(args.toArray(String[]::new));
	}

	/**
	 * The first line of the message of what finally caused the failure (the database
	 * unreachable, say), which is what a user can act on.
	 */
	public static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return firstLine(cause);
	}

	public static String firstLine(Throwable failure) {
		String message = String.valueOf(failure.getMessage());
		return message.lines().findFirst().orElse(message);
	}

}
