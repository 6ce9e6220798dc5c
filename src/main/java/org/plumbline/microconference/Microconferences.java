package org.plumbline.microconference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.microconference.McTextEdit.SectionText;
import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.Section;
import org.plumbline.microconference.Microconference.SectionKind;
import org.plumbline.microconference.domain.MicroconferenceRepository;
import org.plumbline.microconference.domain.SectionBodies;
import org.plumbline.validation.FieldChecks;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The microconference feature's facade. */
@Service
public class Microconferences {

	private static final McStatus PUBLISHED = McStatus.ACCEPTED;

	private final MicroconferenceRepository repository;

	private final AuditLog audit;

	private final JsonMapper json;

	Microconferences(MicroconferenceRepository repository, AuditLog audit, JsonMapper json) {
		this.repository = repository;
		this.audit = audit;
		this.json = json;
	}

	/**
	 * The event's MCs in page order, whole (sections, key attendees, leads), in a fixed
	 * number of queries.
	 */
	@Transactional(readOnly = true)
	public List<Microconference> forEvent(long eventId) {
		return repository.findByEvent(eventId);
	}

	/**
	 * The event's MCs for its data file: as {@link #forEvent}, without the Call for
	 * Microconferences' proposals that were not accepted (a file is shared, a proposal is
	 * not).
	 */
	@Transactional(readOnly = true)
	public boolean isUnacceptedProposal(long microconferenceId) {
		return repository.isUnacceptedProposal(microconferenceId);
	}

	@Transactional(readOnly = true)
	public Optional<Microconference> find(long eventId, String slug) {
		return repository.findBySlug(eventId, slug);
	}

	/** The event's MCs in page order, by name only. */
	@Transactional(readOnly = true)
	public List<McName> names(long eventId) {
		return repository.namesByEvent(eventId);
	}

	/** The MCs the public sees, in page order, by name only. */
	@Transactional(readOnly = true)
	public List<McName> publishedNames(long eventId) {
		return names(eventId).stream().filter(mc -> mc.status() == PUBLISHED).toList();
	}

	/**
	 * The MCs the public sees, in page order: accepted ones only (public pages show the
	 * state, never a pending decision; DOMAIN.md, "Recorded, then announced").
	 */
	@Transactional(readOnly = true)
	public List<Microconference> published(long eventId) {
		return repository.findByEventAndStatus(eventId, PUBLISHED);
	}

	@Transactional(readOnly = true)
	public long countPublished(long eventId) {
		return repository.countByEventAndStatus(eventId, PUBLISHED);
	}

	/** One MC of the event, whatever its status. */
	@Transactional(readOnly = true)
	public Optional<Microconference> find(long eventId, long microconferenceId) {
		return repository.findById(microconferenceId).filter(mc -> mc.eventId() == eventId);
	}

	/**
	 * The given MCs of the event, whole, by id, whatever their status: those a timetable
	 * places, read without the rest of the event's.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Microconference> ofIds(long eventId, Collection<Long> microconferenceIds) {
		Map<Long, Microconference> byId = new LinkedHashMap<>();
		if (!microconferenceIds.isEmpty()) {
			repository.findByEventAndIds(eventId, microconferenceIds).forEach(mc -> byId.put(mc.id(), mc));
		}
		return byId;
	}

	/** One MC if the public may see it. */
	@Transactional(readOnly = true)
	public Optional<Microconference> findPublished(long eventId, String slug) {
		return repository.findBySlug(eventId, slug).filter(mc -> mc.status() == PUBLISHED);
	}

	/** One MC, by id, if the public may see it. */
	@Transactional(readOnly = true)
	public Optional<Microconference> findPublished(long eventId, long microconferenceId) {
		return find(eventId, microconferenceId).filter(mc -> mc.status() == PUBLISHED);
	}

	/** Adds an MC after the event's existing ones; the caller has validated the input. */
	@Transactional
	public Microconference create(long eventId, NewMicroconference mc) {
		UUID guid = mc.guid() != null ? mc.guid() : UUID.randomUUID();
		repository.insert(eventId, guid, mc);
		return repository.findBySlug(eventId, mc.slug()).orElseThrow();
	}

	/**
	 * Whether the person is listed as a lead of the MC: the listing is the right over it
	 * (DOMAIN.md, L7).
	 */
	@Transactional(readOnly = true)
	public boolean isLedBy(long microconferenceId, long personId) {
		return repository.isLedBy(microconferenceId, personId);
	}

	/**
	 * Those of the persons listed as leads of an MC of the event in one of the states (an
	 * MC's announced state: its leads are listed when its acceptance is announced), in
	 * one query however many persons are asked about.
	 */
	@Transactional(readOnly = true)
	public Set<Long> leadingIn(long eventId, Collection<Long> personIds, Collection<McStatus> states) {
		return repository.leadingIn(eventId, personIds, states);
	}

	/**
	 * Those of the persons who propose an MC of the event, as its proposer or a co-lead
	 * who joined the proposal, while it is in one of the states, in one query however
	 * many persons are asked about.
	 */
	@Transactional(readOnly = true)
	public Set<Long> proposingIn(long eventId, Collection<Long> personIds, Collection<McStatus> states) {
		return repository.proposingIn(eventId, personIds, states);
	}

	/** The MCs, of every event and in any state, that list the person as a lead. */
	@Transactional(readOnly = true)
	public List<Microconference> ledBy(long personId) {
		return repository.findLedBy(personId);
	}

	/**
	 * Saves an MC's public text edited from the version the editor saw, and records the
	 * text before and after in the event's audit log, in one transaction. A section left
	 * without caption and text is removed, except the one that places the key attendees;
	 * the section added at the end is kept if it has either. The caller has checked that
	 * the editor may edit this MC.
	 * @return the MC as saved
	 * @throws org.plumbline.validation.InvalidFields if a field is too long or holds a
	 * control character other than newline and tab, or the description is empty; nothing
	 * is saved then
	 * @throws OptimisticLockingFailureException if the MC was saved since that version;
	 * nothing is saved then
	 * @throws IllegalArgumentException if there is no such MC, or the edit has not one
	 * section more than the MC and a role per key attendee
	 */
	@Transactional
	public Microconference editText(long microconferenceId, McTextEdit edit, long editorAccountId) {
		Microconference mc = repository.findById(microconferenceId)
			.filter(found -> !repository.isUnacceptedProposal(found.id()))
			.orElseThrow(() -> new IllegalArgumentException("no microconference " + microconferenceId));
		if (edit.version() != mc.version()) {
			throw staleEdit();
		}
		if (edit.sections().size() != mc.sections().size() + 1
				|| edit.keyAttendeeRoles().size() != mc.keyAttendees().size()) {
			throw new IllegalArgumentException(
					"the edit of " + mc.slug() + " does not match its sections and key " + "attendees: "
							+ edit.sections().size() + " sections, " + edit.keyAttendeeRoles().size() + " roles");
		}
		var checks = new FieldChecks();
		String description = checks.requiredText("description", edit.description(), McTextEdit.MAX_DESCRIPTION_LENGTH);
		int total = length(description);
		List<Section> sections = new ArrayList<>();
		for (int i = 0; i < edit.sections().size(); i++) {
			SectionText text = edit.sections().get(i);
			SectionKind kind = i < mc.sections().size() ? mc.sections().get(i).kind() : SectionKind.TEXT;
			String caption = checks.optionalText("caption" + i, text.caption(), McTextEdit.MAX_CAPTION_LENGTH);
			String body = checks.optionalText("body" + i, text.body(), McTextEdit.MAX_BODY_LENGTH);
			total += length(caption) + length(body);
			if (caption != null || body != null || kind == SectionKind.KEY_ATTENDEES) {
				sections.add(new Section(kind, caption, SectionBodies.parse(body)));
			}
		}
		List<KeyAttendee> attendees = new ArrayList<>();
		for (int i = 0; i < mc.keyAttendees().size(); i++) {
			KeyAttendee attendee = mc.keyAttendees().get(i);
			String role = checks.optionalText("role" + i, edit.keyAttendeeRoles().get(i), McTextEdit.MAX_ROLE_LENGTH);
			total += length(role);
			attendees.add(new KeyAttendee(attendee.personId(), attendee.nameAsWritten(), role));
		}
		if (total > McTextEdit.MAX_TOTAL_LENGTH) {
			checks.check("total", Optional.of("At most " + McTextEdit.MAX_TOTAL_LENGTH
					+ " characters fit in all fields together; these have " + total + "."));
		}
		checks.throwIfAny();
		if (!repository.updateText(mc.id(), mc.version(), description, sections, attendees)) {
			throw staleEdit();
		}
		Microconference saved = repository.findById(mc.id()).orElseThrow();
		audit.record(new AuditEntry(mc.eventId(), editorAccountId, null, "microconference", Long.toString(mc.id()),
				"text-edited", audited(mc), audited(saved), null));
		return saved;
	}

	private static OptimisticLockingFailureException staleEdit() {
		return new OptimisticLockingFailureException(
				"This microconference was changed by someone else since you opened it.");
	}

	private static int length(String text) {
		return text == null ? 0 : text.codePointCount(0, text.length());
	}

	/**
	 * The MC's text as its audit entry records it: whole if it fits the log, else only
	 * how long it is. The checks of an edit keep its text within the log, but a text
	 * stored otherwise (an import) may not fit; an entry the log refused would refuse the
	 * edit, and such an MC could then never be edited again. Who changed it when is still
	 * logged, and the MC keeps the text.
	 */
	private Map<String, Object> audited(Microconference mc) {
		Map<String, Object> text = auditedText(mc);
		int length = json.writeValueAsString(text).length();
		if (length <= AuditLog.MAX_JSON_LENGTH) {
			return text;
		}
		Map<String, Object> omitted = new LinkedHashMap<>();
		omitted.put("slug", mc.slug());
		omitted.put("text", "not recorded: " + length + " characters as JSON, more than the audit log keeps");
		return omitted;
	}

	private static Map<String, Object> auditedText(Microconference mc) {
		Map<String, Object> text = new LinkedHashMap<>();
		text.put("slug", mc.slug());
		text.put("description", mc.description());
		text.put("sections", mc.sections().stream().map(section -> {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("caption", section.caption());
			fields.put("text", SectionBodies.format(section.entries()));
			return fields;
		}).toList());
		text.put("keyAttendees", mc.keyAttendees().stream().map(KeyAttendee::asWritten).toList());
		return text;
	}

}
