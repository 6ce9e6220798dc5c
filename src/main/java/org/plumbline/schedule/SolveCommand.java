package org.plumbline.schedule;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.plumbline.schedule.instance.InstanceFileException;
import org.plumbline.schedule.instance.SchedulingFiles;
import org.plumbline.schedule.solver.InvalidProblemException;
import org.plumbline.schedule.solver.ScheduleReport;
import org.plumbline.schedule.solver.ScheduleSolver;
import org.plumbline.schedule.solver.SchedulingProblem;
import org.plumbline.schedule.solver.SolveResult;
import org.plumbline.schedule.solver.TalkPlacement;
import org.plumbline.schedule.solver.Termination;
import org.slf4j.LoggerFactory;

/**
 * The headless {@code solve} and {@code score} commands of the application jar, on a
 * scheduling instance file (docs/scheduling-instance.md), without Spring or a database.
 * {@code solve} tells each new best score on stderr, writes the solution and its report
 * (to {@code --report FILE}, or beside the solution as {@code NAME.report.json}) and
 * prints the report; {@code score} prints the report of any solution. {@link #run}
 * returns the exit code so tests can call it.
 */
public final class SolveCommand {

	public static final String USAGE = "usage: plumbline solve INSTANCE.json (--seconds N | --steps N) [--seed S]"
			+ " [--threads T] --out SOLUTION.json [--report REPORT.json]"
			+ " | plumbline score INSTANCE.json SOLUTION.json [--report REPORT.json]";

	private static final Set<String> COMMANDS = Set.of("solve", "score");

	private static final Set<String> SOLVE_OPTIONS = Set.of("--seconds", "--steps", "--seed", "--threads", "--out",
			"--report");

	private static final Set<String> SCORE_OPTIONS = Set.of("--report");

	private final PrintStream out;

	private final PrintStream err;

	public SolveCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Whether the arguments ask for one of these commands rather than the server. */
	public static boolean handles(String... args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/**
	 * @return 0 done, 1 a file or solution is bad, 2 the arguments are wrong
	 */
	public int run(String... args) {
		Arguments arguments;
		try {
			arguments = Arguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println("plumbline: " + ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		quietSolverLogging();
		try {
			return arguments.command().equals("solve") ? solve(arguments) : score(arguments);
		}
		catch (InvalidProblemException | FileFailure ex) {
			err.println("plumbline: " + ex.getMessage());
			return 1;
		}
	}

	private int solve(Arguments arguments) {
		Path instance = arguments.operands().getFirst();
		Path solution = arguments.option("--out");
		Path report = arguments.reportOr(besideSolution(solution));
		SchedulingProblem problem = readInstance(instance);
		checkWritable(solution);
		checkWritable(report);
		SolveResult result = ScheduleSolver.solve(problem, arguments.termination(), arguments.seed(),
				arguments.threads(), (seed, score, spent) -> err.println(String.format(Locale.ROOT,
						"new best %s after %.3f s (seed %d)", score, spent.toMillis() / 1000.0, seed)));
		write(solution, SchedulingFiles.writeSolution(result.placements()));
		write(report, SchedulingFiles.writeReport(result.report()));
		out.println("Solved " + instance + " with seed " + result.seed() + "; wrote " + solution + " and " + report);
		SchedulingFiles.summary(result.report()).forEach(out::println);
		return 0;
	}

	private int score(Arguments arguments) {
		SchedulingProblem problem = readInstance(arguments.operands().get(0));
		Path solutionFile = arguments.operands().get(1);
		List<TalkPlacement> solution = withFile(solutionFile, SchedulingFiles::readSolution);
		ScheduleReport report = ScheduleSolver.report(problem, solution);
		Path reportFile = arguments.reportOr(null);
		if (reportFile != null) {
			write(reportFile, SchedulingFiles.writeReport(report));
		}
		SchedulingFiles.summary(report).forEach(out::println);
		return 0;
	}

	private SchedulingProblem readInstance(Path file) {
		return withFile(file, SchedulingFiles::readInstance);
	}

	/** Reads the file and parses it, naming the file in any refusal. */
	private static <T> T withFile(Path file, Function<byte[], T> parse) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new FileFailure("cannot read " + file + ": " + describe(ex));
		}
		try {
			return parse.apply(bytes);
		}
		catch (InstanceFileException ex) {
			throw new FileFailure(file + ": " + ex.getMessage());
		}
	}

	/**
	 * A run of many minutes should not end in a directory that is not there; whether the
	 * file itself can be written only the write will tell.
	 */
	private static void checkWritable(Path file) {
		Path directory = file.toAbsolutePath().getParent();
		if (!Files.isDirectory(directory)) {
			throw new FileFailure("cannot write " + file + ": no such directory " + directory);
		}
		if (!Files.isWritable(directory)) {
			throw new FileFailure("cannot write " + file + ": permission denied");
		}
	}

	/**
	 * Writes next to the target first, so a failed write never leaves half a file under
	 * its name.
	 */
	private static void write(Path file, byte[] bytes) {
		Path absolute = file.toAbsolutePath();
		try {
			Path partial = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".partial");
			try {
				Files.write(partial, bytes);
				Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
		catch (IOException ex) {
			throw new FileFailure("cannot write " + file + ": " + describe(ex));
		}
	}

	/** {@code plan.json} gives {@code plan.report.json}. */
	static Path besideSolution(Path solution) {
		String name = solution.getFileName().toString();
		String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
		return solution.resolveSibling(stem + ".report.json");
	}

	/**
	 * Timefold logs every solve at INFO; a command prints its answer only. Outside Spring
	 * nothing configures Logback, whose default would print everything. Solvers side by
	 * side each register Timefold's gauges in Micrometer's global registry, which warns
	 * that the second registration is ignored: noise for a command that reads no metrics.
	 */
	private static void quietSolverLogging() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
			logging.getLogger("ai.timefold").setLevel(Level.WARN);
			logging.getLogger("com.networknt").setLevel(Level.WARN);
			logging.getLogger("io.micrometer.core.instrument.MeterRegistry").setLevel(Level.ERROR);
		}
	}

	private static String describe(IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return "no such file or directory";
		}
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		return String.valueOf(ex.getMessage()).lines().findFirst().orElse("");
	}

	/** A file that cannot be read, parsed or written; the message names it. */
	private static final class FileFailure extends RuntimeException {

		FileFailure(String message) {
			super(message);
		}

	}

	/** The command line, checked before any file is opened. */
	private record Arguments(String command, List<Path> operands, Map<String, String> options) {

		static Arguments parse(String... args) {
			if (!handles(args)) {
				throw new IllegalArgumentException("no command");
			}
			String command = args[0];
			Set<String> allowed = command.equals("solve") ? SOLVE_OPTIONS : SCORE_OPTIONS;
			List<Path> operands = new ArrayList<>();
			Map<String, String> options = new HashMap<>();
			for (int index = 1; index < args.length; index++) {
				String arg = args[index];
				if (!arg.startsWith("--")) {
					operands.add(Path.of(arg));
				}
				else if (!allowed.contains(arg)) {
					throw new IllegalArgumentException(command + " has no option " + arg);
				}
				else if (index + 1 == args.length) {
					throw new IllegalArgumentException(arg + " needs a value");
				}
				else if (options.put(arg, args[++index]) != null) {
					throw new IllegalArgumentException(arg + " is given twice");
				}
			}
			Arguments arguments = new Arguments(command, operands, options);
			arguments.check();
			return arguments;
		}

		private void check() {
			if (command.equals("score")) {
				if (operands.size() != 2) {
					throw new IllegalArgumentException("score needs an instance file and a solution file");
				}
				return;
			}
			if (operands.size() != 1) {
				throw new IllegalArgumentException("solve needs one instance file");
			}
			if (options.containsKey("--seconds") == options.containsKey("--steps")) {
				throw new IllegalArgumentException("solve needs either --seconds or --steps");
			}
			if (!options.containsKey("--out")) {
				throw new IllegalArgumentException("solve needs --out SOLUTION.json");
			}
			if (option("--out").equals(reportOr(besideSolution(option("--out"))))) {
				throw new IllegalArgumentException("the solution and the report need different files");
			}
			termination();
			seed();
			threads();
		}

		Termination termination() {
			return options.containsKey("--seconds") ? Termination.seconds(positive("--seconds"))
					: Termination.steps(positiveInt("--steps"));
		}

		long seed() {
			return options.containsKey("--seed") ? number("--seed") : 0;
		}

		int threads() {
			return options.containsKey("--threads") ? positiveInt("--threads") : 1;
		}

		Path option(String name) {
			return Path.of(options.get(name));
		}

		Path reportOr(Path fallback) {
			return options.containsKey("--report") ? option("--report") : fallback;
		}

		private long positive(String name) {
			long value = number(name);
			if (value < 1) {
				throw new IllegalArgumentException(name + " must be a positive whole number, not " + value);
			}
			return value;
		}

		private int positiveInt(String name) {
			long value = positive(name);
			if (value > Integer.MAX_VALUE) {
				throw new IllegalArgumentException(name + " must be at most " + Integer.MAX_VALUE + ", not " + value);
			}
			return (int) value;
		}

		private long number(String name) {
			try {
				return Long.parseLong(options.get(name));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(name + " must be a whole number, not \"" + options.get(name) + "\"");
			}
		}

	}

}
