package org.plumbline.importer.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconference.Section;
import org.plumbline.microconference.Microconference.SectionEntry;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonProfile;
import org.plumbline.people.PersonSummary;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code people} and {@code microconferences} of an export. Every listed name
 * is pinned to its person by GUID, so a re-import finds the same stored persons instead
 * of joining names by key again; each person carries their bio and affiliation, so a
 * restore into a site that lacks the person shows the same speaker page.
 */
final class MicroconferenceJson {

	private MicroconferenceJson() {
	}

	/**
	 * @param speakers the persons the file's topics name, in order, written after the
	 * MCs'
	 * @return the persons written, by id
	 */
	static Map<Long, PersonSummary> write(ObjectNode root, List<Microconference> mcs, PersonDirectory directory,
			Collection<Long> speakers) {
		Set<Long> personIds = new LinkedHashSet<>();
		for (Microconference mc : mcs) {
			mc.leads().forEach(lead -> personIds.add(lead.personId()));
			mc.keyAttendees().forEach(attendee -> personIds.add(attendee.personId()));
		}
		personIds.addAll(speakers);
		Map<Long, PersonSummary> persons = directory.findAll(personIds);
		Map<Long, PersonProfile> profiles = directory.profiles(personIds);
		ArrayNode people = root.putArray("people");
		for (long id : personIds) {
			PersonSummary person = persons.get(id);
			String guid = person.guid().toString();
			ObjectNode entry = people.addObject().put("id", guid).put("guid", guid).put("name", person.displayName());
			PersonProfile profile = profiles.get(id);
			if (profile.bio() != null) {
				entry.put("bio", profile.bio());
			}
			if (profile.affiliation() != null) {
				entry.put("affiliation", profile.affiliation());
			}
		}
		ArrayNode list = root.putArray("microconferences");
		mcs.forEach(mc -> microconference(list.addObject(), mc, persons));
		return persons;
	}

	private static void microconference(ObjectNode node, Microconference mc, Map<Long, PersonSummary> persons) {
		node.put("slug", mc.slug());
		node.put("title", mc.title());
		node.put("status", mc.status().name());
		node.put("guid", mc.guid().toString());
		if (!mc.description().isEmpty()) {
			node.put("description", mc.description());
		}
		ArrayNode sections = node.putArray("sections");
		mc.sections().forEach(section -> section(sections.addObject(), section));
		ArrayNode keyAttendees = node.putArray("keyAttendees");
		for (KeyAttendee attendee : mc.keyAttendees()) {
			ObjectNode entry = keyAttendees.addObject().put("name", attendee.nameAsWritten());
			if (attendee.role() != null) {
				entry.put("role", attendee.role());
			}
			entry.put("person", persons.get(attendee.personId()).guid().toString());
		}
		node.put("leadsCaption", mc.leadsCaption());
		ArrayNode leads = node.putArray("leads");
		for (NamedPerson lead : mc.leads()) {
			leads.addObject()
				.put("name", lead.nameAsWritten())
				.put("person", persons.get(lead.personId()).guid().toString());
		}
	}

	private static void section(ObjectNode node, Section section) {
		node.put("kind", section.kind().name());
		if (section.caption() != null) {
			node.put("caption", section.caption());
		}
		ArrayNode entries = node.putArray("entries");
		for (SectionEntry entry : section.entries()) {
			ObjectNode written = entries.addObject();
			switch (entry.kind()) {
				case PARAGRAPH -> written.put("paragraph", entry.text());
				case REFERENCE -> written.put("reference", entry.referenceNumber()).put("text", entry.text());
				case ITEM -> {
					written.put("item", entry.text());
					if (!entry.subitems().isEmpty()) {
						ArrayNode subitems = written.putArray("subitems");
						entry.subitems().forEach(subitems::add);
					}
				}
			}
		}
	}

}
