package org.plumbline.schedule;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.plumbline.schedule.instance.InstanceFileException;
import org.plumbline.schedule.instance.SchedulingFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The database ids in a solver run's files, and their rewriting to the keys of an event
 * data file and back. The problem read from an event (see {@link EventProblems}) names
 * each person {@code person-<person id>}, each attendee who marked interest with an
 * account {@code account-<account id>} (one without, {@code visitor-<hash of their
 * cookie>}, which the file carries as it is), and of two time blocks starting at the same
 * minute the second {@code <date> <time> #<block id>}; those are its only database ids
 * (talks are named by session GUID or MC slug, tracks by slug, rooms by name). A solution
 * names blocks too; a report names neither. In an event data file a person is named
 * {@code person-<people[] id>}, an attendee {@code account-<address>} and such a block
 * {@code <date> <time> #<label>}, which another database maps back to its own ids, so
 * that a restored run's result still applies to the restored draft.
 */
public final class RunFileKeys {

	private static final String PERSON = "person-";

	private static final String ACCOUNT = "account-";

	private static final String VISITOR = "visitor-";

	/** The length of {@code 2023-11-13 10:00}, a block's day and local start. */
	private static final int MINUTE = 16;

	private static final String SECOND_BLOCK = " #";

	/**
	 * What a block suffix names when the block it named was deleted before the export: no
	 * block of any event, so the run stays one whose result cannot be applied.
	 */
	private static final String GONE = "deleted-";

	private static final JsonMapper JSON = JsonMapper.shared();

	private RunFileKeys() {
	}

	/** A person as a problem read from an event names them. */
	static String personId(long personId) {
		return PERSON + personId;
	}

	/** An attendee with an account as a problem read from an event names them. */
	public static String accountId(long accountId) {
		return ACCOUNT + accountId;
	}

	/** An attendee without an account as a problem read from an event names them. */
	public static String visitorId(String visitorHash) {
		return VISITOR + visitorHash;
	}

	/**
	 * A block as a problem names it when an earlier block starts at the same minute.
	 * @param minute the block's day and local start, {@code 2023-11-13 10:00}
	 */
	static String secondBlockId(String minute, long blockId) {
		return minute + SECOND_BLOCK + blockId;
	}

	/** The persons a run's stored files name, by id. */
	public static Set<Long> personIds(RunFiles stored) {
		return storedIds(stored, Kind.PERSON, PERSON);
	}

	/** The accounts of the attendees a run's stored files name, by id. */
	public static Set<Long> accountIds(RunFiles stored) {
		return storedIds(stored, Kind.ATTENDEE, ACCOUNT);
	}

	/** The {@code people[]} ids that a run's keyed files name. */
	public static Set<String> personKeys(RunFiles keyed) {
		Set<String> keys = new LinkedHashSet<>();
		walk(keyed, (pointer, kind, value) -> {
			if (kind == Kind.PERSON && value.startsWith(PERSON)) {
				keys.add(value.substring(PERSON.length()));
			}
			return value;
		});
		return keys;
	}

	/** The stored files with an event data file's keys for ids. */
	public static RunFiles keyed(RunFiles stored, Keys keys) {
		return walk(stored, (pointer, kind, value) -> switch (kind) {
			case PERSON -> rekeyed(value, PERSON, keys.person());
			case ATTENDEE -> {
				Long id = value.startsWith(ACCOUNT) ? storedId(value, ACCOUNT.length()) : null;
				String address = id == null ? null : keys.account().apply(id);
				// an attendee whose account was deleted since counts as one without
				yield id == null ? value : address != null ? ACCOUNT + address : VISITOR + GONE + ACCOUNT + id;
			}
			case BLOCK -> {
				Long id = secondBlock(value) ? storedId(value, MINUTE + SECOND_BLOCK.length()) : null;
				if (id == null) {
					yield value;
				}
				String label = keys.blockLabel().apply(id);
				yield value.substring(0, MINUTE) + SECOND_BLOCK + (label != null ? label : GONE + id);
			}
		});
	}

	/**
	 * What is wrong with a run's keyed files: one that is not a file of its format, a
	 * person not named {@code person-} and the id of a person the file has, an attendee
	 * named neither {@code account-} and the address of an account the file has nor
	 * {@code visitor-} and a hash, a block suffix naming no block of its day.
	 */
	public static List<Problem> problems(RunFiles keyed, Ids ids) {
		List<Problem> problems = new ArrayList<>();
		check(problems, "/instance", "scheduling instance", keyed.instanceJson(),
				bytes -> SchedulingFiles.readInstance(bytes));
		check(problems, "/solution", "scheduling solution", keyed.solutionJson(),
				bytes -> SchedulingFiles.readSolution(bytes));
		check(problems, "/report", "scheduling report", keyed.reportJson(), bytes -> SchedulingFiles.readReport(bytes));
		if (!problems.isEmpty()) {
			return problems;
		}
		stored(keyed, ids, problems);
		return problems;
	}

	/**
	 * The keyed files with this database's ids, laid out as a run stores them.
	 * @throws IllegalArgumentException if they name a person, attendee or block that
	 * {@link #problems} would report
	 */
	public static RunFiles stored(RunFiles keyed, Ids ids) {
		List<Problem> problems = new ArrayList<>();
		RunFiles stored = stored(keyed, ids, problems);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(problems.getFirst().pointer() + ": " + problems.getFirst().words());
		}
		return stored;
	}

	private static RunFiles stored(RunFiles keyed, Ids ids, List<Problem> problems) {
		return walk(keyed, (pointer, kind, value) -> switch (kind) {
			case PERSON -> {
				Long id = value.startsWith(PERSON) ? ids.person().apply(value.substring(PERSON.length())) : null;
				if (id == null) {
					problems.add(new Problem(pointer, "\"" + value + "\" names no person: a run names each \"person-\" "
							+ "and the id of an entry of \"people\""));
					yield value;
				}
				yield personId(id);
			}
			case ATTENDEE -> {
				if (value.startsWith(VISITOR) && value.length() > VISITOR.length()) {
					yield value;
				}
				Long id = value.startsWith(ACCOUNT) ? ids.account().apply(value.substring(ACCOUNT.length())) : null;
				if (id == null) {
					problems.add(new Problem(pointer,
							"\"" + value + "\" names no attendee: a run names each \"account-\" and the address of "
									+ "an entry of \"accounts\", or \"visitor-\" and a visitor's hash"));
					yield value;
				}
				yield accountId(id);
			}
			case BLOCK -> {
				if (!secondBlock(value)) {
					yield value;
				}
				String label = value.substring(MINUTE + SECOND_BLOCK.length());
				LocalDate day = day(value);
				Long id = day == null ? null : ids.block().apply(day, label);
				if (id != null) {
					yield secondBlockId(value.substring(0, MINUTE), id);
				}
				if (!label.startsWith(GONE)) {
					problems.add(new Problem(pointer, "\"" + value + "\" names no time block: \"" + label
							+ "\" is not the label of a block of \"timeBlocks\" on its day"));
				}
				yield value;
			}
		});
	}

	private static Set<Long> storedIds(RunFiles stored, Kind wanted, String prefix) {
		Set<Long> ids = new LinkedHashSet<>();
		walk(stored, (pointer, kind, value) -> {
			Long id = kind == wanted ? storedId(value, prefix.length()) : null;
			if (id != null && value.startsWith(prefix)) {
				ids.add(id);
			}
			return value;
		});
		return ids;
	}

	/** A stored id after its prefix replaced by a key; anything else as it is. */
	private static String rekeyed(String value, String prefix, LongFunction<String> key) {
		Long id = value.startsWith(prefix) ? storedId(value, prefix.length()) : null;
		return id == null ? value : prefix + key.apply(id);
	}

	private static void check(List<Problem> problems, String pointer, String format, String json,
			Function<byte[], ?> reader) {
		if (json == null) {
			return;
		}
		try {
			reader.apply(json.getBytes(StandardCharsets.UTF_8));
		}
		catch (InstanceFileException ex) {
			problems
				.add(new Problem(pointer, "not a " + format + " (docs/scheduling-instance.md): " + ex.getMessage()));
		}
	}

	private static boolean secondBlock(String blockId) {
		return blockId.length() > MINUTE + SECOND_BLOCK.length() && blockId.startsWith(SECOND_BLOCK, MINUTE);
	}

	private static LocalDate day(String blockId) {
		try {
			return LocalDate.parse(blockId.substring(0, 10));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The number after a prefix, or {@code null} if the rest is not one. */
	private static Long storedId(String value, int from) {
		if (value.length() <= from || value.length() > from + 18) {
			return null;
		}
		for (int i = from; i < value.length(); i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return null;
			}
		}
		return Long.valueOf(value.substring(from));
	}

	/**
	 * Visits each person and block the files name, each replaced by what the visitor
	 * answers; the files, the report too, are written back in the layout a run stores
	 * them in.
	 */
	private static RunFiles walk(RunFiles files, Visitor visitor) {
		return new RunFiles(rewrite(files.instanceJson(), root -> instance(root, visitor)),
				rewrite(files.solutionJson(), root -> {
					if (root.get("placements") instanceof ObjectNode placements) {
						placements.properties()
							.forEach(placement -> text(placement.getValue(),
									"/solution/placements/" + placement.getKey().replace("~", "~0").replace("/", "~1"),
									"block", Kind.BLOCK, visitor));
					}
				}), rewrite(files.reportJson(), root -> {
				}));
	}

	private static void instance(JsonNode root, Visitor visitor) {
		each(root, "blocks", "/instance", (block, pointer) -> text(block, pointer, "id", Kind.BLOCK, visitor));
		each(root, "tracks", "/instance", (track, pointer) -> {
			texts(track, pointer, "chairs", Kind.PERSON, visitor);
			texts(track, pointer, "keyAttendees", Kind.PERSON, visitor);
			each(track, "boundCells", pointer, (cell, at) -> text(cell, at, "block", Kind.BLOCK, visitor));
		});
		each(root, "talks", "/instance", (talk, pointer) -> {
			texts(talk, pointer, "presenters", Kind.PERSON, visitor);
			texts(talk, pointer, "attendees", Kind.ATTENDEE, visitor);
			text(talk.get("pinned"), pointer + "/pinned", "block", Kind.BLOCK, visitor);
		});
		JsonNode penalties = root.get("penalties");
		for (String table : List.of("trackBlocks", "roomBlocks", "talkBlocks")) {
			each(penalties, table, "/instance/penalties",
					(penalty, pointer) -> text(penalty, pointer, "target", Kind.BLOCK, visitor));
		}
		each(penalties, "personBlocks", "/instance/penalties", (entry, pointer) -> {
			text(entry, pointer, "person", Kind.PERSON, visitor);
			text(entry, pointer, "block", Kind.BLOCK, visitor);
		});
	}

	private static void each(JsonNode parent, String property, String pointer, Element element) {
		if (parent != null && parent.get(property) instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				element.visit(array.get(i), pointer + "/" + property + "/" + i);
			}
		}
	}

	private static void text(JsonNode parent, String pointer, String property, Kind kind, Visitor visitor) {
		if (parent instanceof ObjectNode object && object.get(property) != null && object.get(property).isString()) {
			object.put(property, visitor.visit(pointer + "/" + property, kind, object.get(property).stringValue()));
		}
	}

	private static void texts(JsonNode parent, String pointer, String property, Kind kind, Visitor visitor) {
		if (parent != null && parent.get(property) instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				if (array.get(i).isString()) {
					array.set(i, array.stringNode(
							visitor.visit(pointer + "/" + property + "/" + i, kind, array.get(i).stringValue())));
				}
			}
		}
	}

	private static String rewrite(String json, Consumer<JsonNode> rewriting) {
		if (json == null) {
			return null;
		}
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			return json;
		}
		rewriting.accept(root);
		return SchedulingFiles.text(root);
	}

	/** Where a run's file names something that is not in it, and what. */
	public record Problem(String pointer, String words) {
	}

	/**
	 * An event data file's keys of what one database names by id.
	 *
	 * @param person the {@code people[]} id of a person
	 * @param account the address of an account, or {@code null} if it was deleted
	 * @param blockLabel the label of a time block of the event, or {@code null} if it was
	 * deleted
	 */
	public record Keys(LongFunction<String> person, LongFunction<String> account, LongFunction<String> blockLabel) {
	}

	/**
	 * One database's ids of what an event data file names by key, each {@code null} where
	 * there is none.
	 *
	 * @param person the person of a {@code people[]} id
	 * @param account the account of an address
	 * @param block the block of a day with a label
	 */
	public record Ids(Function<String, Long> person, Function<String, Long> account,
			BiFunction<LocalDate, String, Long> block) {
	}

	private enum Kind {

		PERSON, ATTENDEE, BLOCK

	}

	@FunctionalInterface
	private interface Visitor {

		String visit(String pointer, Kind kind, String value);

	}

	@FunctionalInterface
	private interface Element {

		void visit(JsonNode element, String pointer);

	}

}
