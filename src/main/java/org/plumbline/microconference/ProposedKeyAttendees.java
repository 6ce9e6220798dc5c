package org.plumbline.microconference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.Section;
import org.plumbline.microconference.Microconference.SectionKind;
import org.plumbline.microconference.domain.MicroconferenceRepository;
import org.plumbline.microconference.domain.ProposalRepository;
import org.plumbline.microconference.domain.ProposalRepository.LeadToBe;
import org.plumbline.microconference.domain.TypedKeyAttendees;
import org.plumbline.microconference.domain.TypedKeyAttendees.Parsed;
import org.plumbline.microconference.domain.TypedKeyAttendees.TypedKeyAttendee;
import org.plumbline.people.IdentityKey;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonDuplicates;
import org.springframework.stereotype.Component;

/**
 * Turns the key attendees typed on an accepted proposal into the MC's key attendees, each
 * a person, so that the timetable's conflict rules see them as they see an imported MC's
 * (DOMAIN.md, conflict levels: a key attendee needed in two places).
 * <p>
 * A name that is one of the proposal's leads-to-be, by identity key, is that lead's
 * person: the proposers wrote both lists. Any other name becomes a new person, and an
 * equal or close identity key elsewhere only raises a duplicate suggestion for an
 * organiser to merge or dismiss (DOMAIN.md, "Identity key": keys join people
 * automatically only inside one list of our own).
 */
@Component
class ProposedKeyAttendees {

	private final MicroconferenceRepository microconferences;

	private final ProposalRepository proposals;

	private final PersonDirectory people;

	private final PersonDuplicates duplicates;

	private final AuditLog audit;

	ProposedKeyAttendees(MicroconferenceRepository microconferences, ProposalRepository proposals,
			PersonDirectory people, PersonDuplicates duplicates, AuditLog audit) {
		this.audit = audit;
		this.microconferences = microconferences;
		this.proposals = proposals;
		this.people = people;
		this.duplicates = duplicates;
	}

	/**
	 * Replaces the accepted proposal's typed list by the same people as key attendees, in
	 * order and under the names and roles as typed; the list keeps its place and caption
	 * on the MC's page. Each person made for it is audited against the event.
	 */
	void listAsPersons(long eventId, long mcId, long actorAccountId) {
		Microconference mc = microconferences.findById(mcId).orElseThrow();
		Optional<Section> typed = mc.sections()
			.stream()
			.filter(section -> section.kind() == SectionKind.TEXT
					&& McProposals.KEY_ATTENDEES_CAPTION.equals(section.caption()))
			.findFirst();
		if (typed.isEmpty()) {
			return;
		}
		Parsed parsed = TypedKeyAttendees.parse(typed.get().entries());
		if (parsed.problem().isPresent()) {
			// The proposal form refuses such a list; one saved before that check stays
			// the text it was, shown as written.
			return;
		}
		Map<String, Long> leadsByIdentity = new HashMap<>();
		for (LeadToBe lead : proposals.leads(mcId)) {
			leadsByIdentity.putIfAbsent(IdentityKey.of(lead.person().nameAsWritten()), lead.person().personId());
		}
		List<KeyAttendee> attendees = new ArrayList<>();
		for (TypedKeyAttendee attendee : parsed.attendees()) {
			Long personId = leadsByIdentity.get(IdentityKey.of(attendee.name()));
			if (personId == null) {
				personId = people.create(attendee.name(), List.of(attendee.name()), null).id();
				duplicates.suggestDuplicatesOf(personId);
				audit.record(new AuditEntry(eventId, actorAccountId, null, "person", Long.toString(personId),
						"created-as-key-attendee", null, Map.of("name", attendee.name(), "microconference", mc.title()),
						null));
			}
			attendees.add(new KeyAttendee(personId, attendee.name(), attendee.role()));
		}
		List<Section> sections = mc.sections()
			.stream()
			.map(section -> section == typed.get()
					? new Section(SectionKind.KEY_ATTENDEES, section.caption(), List.of()) : section)
			.toList();
		microconferences.replaceSectionsAndKeyAttendees(mcId, sections, attendees);
	}

}
