package org.plumbline.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.plumbline.cli.CommandLineContexts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;

/**
 * The {@code import-schedule} command
 * ({@code ./plumbline import-schedule FILE --slug S}): creates an event from another
 * system's schedule file (frab/c3voc XML or JSON, Indico's export API JSON) and prints
 * the import's report, a line per warning and per element left out; {@link #run} returns
 * the exit code so tests can call it.
 */
public final class ScheduleImportCommand {

	public static final String COMMAND = "import-schedule";

	public static final String USAGE = "usage: plumbline import-schedule FILE --slug SLUG [--spring.option=value ...]";

	private final Class<?> application;

	private final PrintStream out;

	private final PrintStream err;

	public ScheduleImportCommand(Class<?> application, PrintStream out, PrintStream err) {
		this.application = application;
		this.out = out;
		this.err = err;
	}

	/** Whether the arguments ask for this command rather than the server. */
	public static boolean handles(String... args) {
		return args.length > 0 && args[0].equals(COMMAND);
	}

	/**
	 * @return 0 imported (with or without warnings), 1 nothing imported, 2 the arguments
	 * are wrong
	 */
	public int run(String... args) {
		try {
			return runCommand(args);
		}
		catch (RuntimeException ex) {
			// Not the file's fault (the database is unreachable, the application did not
			// start): one line here, the details are in the application's log.
			err.println("plumbline: " + COMMAND + " failed: " + CommandLineContexts.rootMessage(ex));
			return 1;
		}
	}

	private int runCommand(String... args) {
		if (!handles(args)) {
			err.println(USAGE);
			return 2;
		}
		List<String> operands = new ArrayList<>();
		List<String> springArgs = new ArrayList<>();
		String slug = null;
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		for (int i = 0; i < rest.size(); i++) {
			String arg = rest.get(i);
			if (arg.equals("--slug") && i + 1 < rest.size()) {
				slug = rest.get(++i);
			}
			else if (arg.startsWith("--slug=")) {
				slug = arg.substring("--slug=".length());
			}
			else if (arg.startsWith("--") && !arg.equals("--slug")) {
				springArgs.add(arg);
			}
			else if (!arg.startsWith("--")) {
				operands.add(arg);
			}
			else {
				err.println(USAGE);
				return 2;
			}
		}
		if (operands.size() != 1 || slug == null) {
			err.println(USAGE);
			return 2;
		}
		return importSchedule(Path.of(operands.getFirst()), slug, springArgs);
	}

	private int importSchedule(Path file, String slug, List<String> springArgs) {
		byte[] bytes;
		try {
			String tooLarge = ScheduleImports.tooLarge(file.toString(), Files.size(file));
			if (tooLarge != null) {
				err.println("plumbline: nothing imported; " + tooLarge);
				return 1;
			}
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			err.println("plumbline: cannot read " + file + ": " + describe(ex));
			return 1;
		}
		try (ConfigurableApplicationContext context = CommandLineContexts.start(application, springArgs)) {
			Path name = file.getFileName();
			ScheduleImportReport report = context.getBean(ScheduleImports.class)
				.importSchedule(name == null ? file.toString() : name.toString(), bytes, slug, null);
			report.lines().forEach(out::println);
			return 0;
		}
		catch (ScheduleImportRefusedException ex) {
			err.println("plumbline: nothing imported; " + ex.getMessage());
			return 1;
		}
		catch (EventFileException ex) {
			err.println("plumbline: nothing imported; " + file + " cannot be read:");
			ex.problems().forEach(problem -> err.println(problem));
			return 1;
		}
		catch (DataAccessException ex) {
			err.println("plumbline: nothing imported; the database refused: "
					+ CommandLineContexts.firstLine(ex.getMostSpecificCause()));
			return 1;
		}
	}

	private static String describe(IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return "no such file or directory";
		}
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		return CommandLineContexts.firstLine(ex);
	}

}
