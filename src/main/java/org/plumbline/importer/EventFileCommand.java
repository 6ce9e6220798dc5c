package org.plumbline.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.plumbline.cli.CommandLineContexts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;

/**
 * The {@code import} and {@code export} commands of the application jar
 * ({@code ./plumbline import FILE}). It starts the application without its web server or
 * demo import, runs one command, and answers with one line on success (and an export a
 * line naming what the file could not carry) or one line per problem; {@link #run}
 * returns the exit code so tests can call it.
 */
public final class EventFileCommand {

	public static final String USAGE = "usage: plumbline import FILE [--replace] | plumbline export SLUG FILE"
			+ " [--spring.option=value ...]";

	private static final Set<String> COMMANDS = Set.of("import", "export");

	private final Class<?> application;

	private final PrintStream out;

	private final PrintStream err;

	public EventFileCommand(Class<?> application, PrintStream out, PrintStream err) {
		this.application = application;
		this.out = out;
		this.err = err;
	}

	/** Whether the arguments ask for one of these commands rather than the server. */
	public static boolean handles(String... args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/**
	 * @return 0 done, 1 the file or event could not be imported or exported, 2 the
	 * arguments are wrong
	 */
	public int run(String... args) {
		try {
			return runCommand(args);
		}
		catch (RuntimeException ex) {
			// Not the file's fault (the database is unreachable, the application did not
			// start): one line here,
			// the details are in the application's log.
			String command = args.length > 0 ? args[0] : "command";
			err.println("plumbline: " + command + " failed: " + CommandLineContexts.rootMessage(ex));
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
		boolean replace = false;
		for (String arg : Arrays.asList(args).subList(1, args.length)) {
			if (arg.equals("--replace")) {
				replace = true;
			}
			else if (arg.startsWith("--")) {
				springArgs.add(arg);
			}
			else {
				operands.add(arg);
			}
		}
		boolean isImport = args[0].equals("import");
		if (operands.size() != (isImport ? 1 : 2) || (replace && !isImport)) {
			err.println(USAGE);
			return 2;
		}
		return isImport ? importFile(Path.of(operands.getFirst()), replace, springArgs)
				: export(operands.get(0), Path.of(operands.get(1)), springArgs);
	}

	private int importFile(Path file, boolean replace, List<String> springArgs) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			err.println("plumbline: cannot read " + file + ": " + describe(ex));
			return 1;
		}
		try (ConfigurableApplicationContext context = start(springArgs)) {
			out.println(context.getBean(EventFiles.class).importFile(bytes, replace).summary());
			return 0;
		}
		catch (EventFileException ex) {
			err.println("plumbline: nothing imported; " + file + " has " + ex.problems().size()
					+ (ex.problems().size() == 1 ? " problem:" : " problems:"));
			ex.problems().forEach(problem -> err.println(problem));
			return 1;
		}
		catch (DataAccessException ex) {
			err.println("plumbline: nothing imported; the database refused: "
					+ CommandLineContexts.firstLine(ex.getMostSpecificCause()));
			return 1;
		}
	}

	/**
	 * Writes next to the target first, so a failed export never leaves half a file under
	 * its name.
	 */
	private int export(String slug, Path file, List<String> springArgs) {
		try (ConfigurableApplicationContext context = start(springArgs)) {
			ExportedEventFile exported = context.getBean(EventFiles.class).export(slug);
			Path absolute = file.toAbsolutePath();
			Path partial = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".partial");
			try {
				Files.write(partial, exported.json());
				Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(partial);
			}
			out.println("Exported " + slug + " to " + file);
			exported.leftOut().note().ifPresent(out::println);
			return 0;
		}
		catch (UnknownEventException ex) {
			err.println("plumbline: nothing exported; " + ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			err.println("plumbline: cannot write " + file + ": " + describe(ex));
			return 1;
		}
	}

	private ConfigurableApplicationContext start(List<String> springArgs) {
		return CommandLineContexts.start(application, springArgs);
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
