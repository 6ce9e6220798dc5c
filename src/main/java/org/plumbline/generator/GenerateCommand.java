package org.plumbline.generator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.plumbline.cli.CommandLineContexts;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code generate} command of the application jar
 * ({@code ./plumbline generate --preset lpc --seed 1}): starts the application without
 * its web server or demo import, generates one event, and answers with one line;
 * {@link #run} returns the exit code so tests can call it.
 */
public final class GenerateCommand {

	public static final String USAGE = "usage: plumbline generate --preset NAME [--seed S] [--slug SLUG]"
			+ " [--spring.option=value ...]";

	private static final long DEFAULT_SEED = 1;

	private final Class<?> application;

	private final PrintStream out;

	private final PrintStream err;

	public GenerateCommand(Class<?> application, PrintStream out, PrintStream err) {
		this.application = application;
		this.out = out;
		this.err = err;
	}

	public static boolean handles(String... args) {
		return args.length > 0 && args[0].equals("generate");
	}

	/**
	 * @return 0 generated, 1 refused or failed (nothing written), 2 the arguments are
	 * wrong
	 */
	public int run(String... args) {
		String preset = null;
		String slug = null;
		long seed = DEFAULT_SEED;
		List<String> springArgs = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			boolean hasValue = i + 1 < args.length;
			switch (arg) {
				case "--preset", "--slug" -> {
					if (!hasValue) {
						err.println(USAGE);
						return 2;
					}
					if (arg.equals("--preset")) {
						preset = args[++i];
					}
					else {
						slug = args[++i];
					}
				}
				case "--seed" -> {
					Long parsed = hasValue ? parseSeed(args[++i]) : null;
					if (parsed == null) {
						err.println("plumbline: --seed takes a whole number");
						err.println(USAGE);
						return 2;
					}
					seed = parsed;
				}
				default -> {
					if (!arg.startsWith("--")) {
						err.println(USAGE);
						return 2;
					}
					springArgs.add(arg);
				}
			}
		}
		if (preset == null) {
			err.println(USAGE);
			return 2;
		}
		try {
			Preset chosen = Presets.named(preset);
			try (ConfigurableApplicationContext context = CommandLineContexts.start(application, springArgs)) {
				out.println(context.getBean(SampleEvents.class).generate(chosen, seed, slug).summary());
				return 0;
			}
		}
		catch (UnknownPresetException | GenerationRefusedException ex) {
			err.println("plumbline: nothing generated; " + ex.getMessage());
			return 1;
		}
		catch (RuntimeException ex) {
			err.println("plumbline: nothing generated; " + CommandLineContexts.rootMessage(ex));
			return 1;
		}
	}

	private static Long parseSeed(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
