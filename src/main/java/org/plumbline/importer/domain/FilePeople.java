package org.plumbline.importer.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.plumbline.schedule.RunFileKeys;
import org.plumbline.importer.domain.EventFileContent.FileMicroconference;
import org.plumbline.importer.domain.EventFileContent.FilePerson;
import org.plumbline.importer.domain.EventFileContent.FileTopic;
import org.plumbline.importer.domain.EventFileContent.ListedName;

/**
 * Joins the names in a file's lists into persons (docs/event-data-file.md, "People in
 * lists"): by identity key inside the file, or by an explicit {@code person} pin. Pure,
 * so the joining rules are tested without a database.
 */
public final class FilePeople {

	private FilePeople() {
	}

	/**
	 * The names of one person in one file, in the order they were seen.
	 *
	 * @param pinned the {@code people[]} entry the names are pinned to, or null for names
	 * joined by key
	 */
	public record PersonGroup(String identity, FilePerson pinned, List<String> spellings) {

		/**
		 * The pinned entry's name; else the most frequent spelling, a tie going to the
		 * one seen first.
		 */
		public String displayName() {
			if (pinned != null) {
				return pinned.name();
			}
			Map<String, Integer> counts = new LinkedHashMap<>();
			spellings.forEach(spelling -> counts.merge(spelling, 1, Integer::sum));
			String best = spellings.getFirst();
			for (Map.Entry<String, Integer> count : counts.entrySet()) {
				if (count.getValue() > counts.get(best)) {
					best = count.getKey();
				}
			}
			return best;
		}

		/** Every distinct spelling, the display name first. */
		public List<String> nameVariants() {
			LinkedHashSet<String> variants = new LinkedHashSet<>();
			variants.add(displayName());
			variants.addAll(spellings);
			return List.copyOf(variants);
		}

	}

	/**
	 * The persons of the file by identity, in the order first named: each MC's leads,
	 * then its key attendees, then each topic's speakers, then the accounts' persons,
	 * then those marked as conflicts of interest, then the speakers asked to confirm (a
	 * co-speaker who declined speaks on nothing any more), then the MC proposals'
	 * leads-to-be, then those declared unavailable, then those the solver runs' files
	 * name.
	 */
	public static Map<String, PersonGroup> group(EventFileContent content) {
		Map<String, PersonGroup> groups = new LinkedHashMap<>();
		List<FileMicroconference> mcs = content.microconferences();
		for (int i = 0; i < mcs.size(); i++) {
			add(groups, content, mcs.get(i).leads(), i, "leads");
			add(groups, content, mcs.get(i).keyAttendees(), i, "keyAttendees");
		}
		List<FileTopic> topics = content.topics();
		for (int i = 0; i < topics.size(); i++) {
			List<ListedName> speakers = topics.get(i).speakers();
			for (int j = 0; j < speakers.size(); j++) {
				ListedName name = speakers.get(j);
				join(groups, content, name, speakerIdentity(name, i, j));
			}
		}
		content.accounts().forEach(account -> addPinned(groups, content, account.person()));
		content.conflicts().marks().forEach(mark -> addPinned(groups, content, mark.person()));
		content.confirmations().forEach(answer -> addPinned(groups, content, answer.person()));
		content.mcProposals()
			.forEach(proposal -> proposal.leads().forEach(lead -> addPinned(groups, content, lead.person())));
		content.scheduler().unavailability().forEach(period -> addPinned(groups, content, period.person()));
		content.solverRuns()
			.forEach(run -> RunFileKeys.personKeys(run.run().files())
				.forEach(person -> addPinned(groups, content, person)));
		return groups;
	}

	/** The identity of a {@code people[]} entry named by its id alone, not in a list. */
	public static String pinnedIdentity(FilePerson person) {
		return PersonIdentity.of(person.name(), person.id());
	}

	private static void addPinned(Map<String, PersonGroup> groups, EventFileContent content, String personRef) {
		FilePerson person = personRef == null ? null : content.people().get(personRef);
		if (person != null) {
			groups.computeIfAbsent(pinnedIdentity(person),
					id -> new PersonGroup(id, person, new ArrayList<>(List.of(person.name()))));
		}
	}

	/**
	 * The identity of a topic's speaker, as {@link #identity} for a name in an MC's list.
	 */
	public static String speakerIdentity(ListedName name, int topicIndex, int position) {
		String identity = PersonIdentity.of(name.name(), name.personRef());
		return identity != null ? identity : "alone:topics/" + topicIndex + "/speakers/" + position;
	}

	/**
	 * The identity of the name at a place in the file. A name whose identity key is empty
	 * matches nobody, so its place in the file is its identity.
	 */
	public static String identity(ListedName name, int mcIndex, String list, int position) {
		String identity = PersonIdentity.of(name.name(), name.personRef());
		return identity != null ? identity : "alone:" + mcIndex + "/" + list + "/" + position;
	}

	private static void add(Map<String, PersonGroup> groups, EventFileContent content, List<ListedName> names,
			int mcIndex, String list) {
		for (int j = 0; j < names.size(); j++) {
			join(groups, content, names.get(j), identity(names.get(j), mcIndex, list, j));
		}
	}

	private static void join(Map<String, PersonGroup> groups, EventFileContent content, ListedName name,
			String identity) {
		FilePerson pinned = name.personRef() == null ? null : content.people().get(name.personRef());
		groups.computeIfAbsent(identity, id -> new PersonGroup(id, pinned, new ArrayList<>()))
			.spellings()
			.add(name.name());
	}

}
