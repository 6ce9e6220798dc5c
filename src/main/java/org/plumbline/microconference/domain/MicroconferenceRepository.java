package org.plumbline.microconference.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.plumbline.microconference.McName;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconference.EntryKind;
import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconference.Section;
import org.plumbline.microconference.Microconference.SectionEntry;
import org.plumbline.microconference.Microconference.SectionKind;
import org.plumbline.microconference.NewMicroconference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores MCs with their ordered lists; loads any number of MCs in five queries. */
@Repository
public class MicroconferenceRepository {

	private static final String MC_COLUMNS = """
			SELECT id, guid, event_id, slug, title, status, description, leads_caption, version
			FROM microconference""";

	private final JdbcClient jdbc;

	MicroconferenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Microconference> findByEvent(long eventId) {
		return withLists(jdbc.sql(MC_COLUMNS + " WHERE event_id = ? ORDER BY position")
			.param(eventId)
			.query(MicroconferenceRepository::mcRow)
			.list());
	}

	/** Whether the MC is a Call for Microconferences' proposal that was not accepted. */
	public boolean isUnacceptedProposal(long id) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM mc_proposal p JOIN microconference m ON m.id = p.microconference_id
				WHERE m.id = ? AND m.status <> 'ACCEPTED'""").param(id).query(Long.class).single() > 0;
	}

	public List<McName> namesByEvent(long eventId) {
		return jdbc.sql("SELECT id, slug, title, status FROM microconference WHERE event_id = ? ORDER BY position")
			.param(eventId)
			.query((rs, row) -> new McName(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
					McStatus.valueOf(rs.getString("status"))))
			.list();
	}

	public List<Microconference> findByEventAndStatus(long eventId, McStatus status) {
		return withLists(jdbc.sql(MC_COLUMNS + " WHERE event_id = ? AND status = ? ORDER BY position")
			.params(eventId, status.name())
			.query(MicroconferenceRepository::mcRow)
			.list());
	}

	public long countByEventAndStatus(long eventId, McStatus status) {
		return jdbc.sql("SELECT COUNT(*) FROM microconference WHERE event_id = ? AND status = ?")
			.params(eventId, status.name())
			.query(Long.class)
			.single();
	}

	public Optional<Microconference> findById(long id) {
		return withLists(
				jdbc.sql(MC_COLUMNS + " WHERE id = ?").param(id).query(MicroconferenceRepository::mcRow).list())
			.stream()
			.findFirst();
	}

	public List<Microconference> findByEventAndIds(long eventId, Collection<Long> ids) {
		return withLists(jdbc.sql(MC_COLUMNS + " WHERE event_id = :event AND id IN (:ids) ORDER BY position")
			.param("event", eventId)
			.param("ids", ids)
			.query(MicroconferenceRepository::mcRow)
			.list());
	}

	public Optional<Microconference> findBySlug(long eventId, String slug) {
		return withLists(jdbc.sql(MC_COLUMNS + " WHERE event_id = ? AND slug = ?")
			.params(eventId, slug)
			.query(MicroconferenceRepository::mcRow)
			.list()).stream().findFirst();
	}

	public void insert(long eventId, UUID guid, NewMicroconference mc) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO microconference (event_id, guid, slug, title, status, description, leads_caption, position)
				VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COUNT(*) FROM microconference WHERE event_id = ?))""")
			.params(eventId, guid, mc.slug(), mc.title(), mc.status().name(), mc.description(), mc.leadsCaption(),
					eventId)
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		for (int i = 0; i < mc.leads().size(); i++) {
			NamedPerson lead = mc.leads().get(i);
			jdbc.sql(
					"INSERT INTO mc_lead (microconference_id, position, person_id, name_as_written) VALUES (?, ?, ?, ?)")
				.params(id, i, lead.personId(), lead.nameAsWritten())
				.update();
		}
		insertKeyAttendees(id, mc.keyAttendees());
		for (int i = 0; i < mc.sections().size(); i++) {
			insertSection(id, i, mc.sections().get(i));
		}
	}

	/**
	 * Replaces an MC's sections and key attendees, as when an accepted proposal's typed
	 * list becomes a list of persons.
	 */
	public void replaceSectionsAndKeyAttendees(long id, List<Section> sections, List<KeyAttendee> keyAttendees) {
		jdbc.sql("DELETE FROM mc_section WHERE microconference_id = ?").param(id).update();
		jdbc.sql("DELETE FROM mc_key_attendee WHERE microconference_id = ?").param(id).update();
		for (int i = 0; i < sections.size(); i++) {
			insertSection(id, i, sections.get(i));
		}
		insertKeyAttendees(id, keyAttendees);
	}

	private void insertKeyAttendees(long mcId, List<KeyAttendee> keyAttendees) {
		for (int i = 0; i < keyAttendees.size(); i++) {
			KeyAttendee attendee = keyAttendees.get(i);
			jdbc.sql("""
					INSERT INTO mc_key_attendee (microconference_id, position, person_id, name_as_written, role_text)
					VALUES (?, ?, ?, ?, ?)""")
				.params(mcId, i, attendee.personId(), attendee.nameAsWritten(), attendee.role())
				.update();
		}
	}

	/**
	 * Replaces the description, the sections and the key attendees' roles (found by
	 * person) of an MC that is still at the version the editor saw, and counts the change
	 * in its version.
	 * @return false, changing nothing, if the MC is at another version
	 */
	public boolean updateText(long id, int expectedVersion, String description, List<Section> sections,
			List<KeyAttendee> keyAttendees) {
		int updated = jdbc
			.sql("UPDATE microconference SET description = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(description, id, expectedVersion)
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("DELETE FROM mc_section WHERE microconference_id = ?").param(id).update();
		for (int i = 0; i < sections.size(); i++) {
			insertSection(id, i, sections.get(i));
		}
		for (KeyAttendee attendee : keyAttendees) {
			jdbc.sql("UPDATE mc_key_attendee SET role_text = ? WHERE microconference_id = ? AND person_id = ?")
				.params(attendee.role(), id, attendee.personId())
				.update();
		}
		return true;
	}

	/**
	 * The MCs that list the person as a lead, of every event, by event and page order.
	 */
	public List<Microconference> findLedBy(long personId) {
		return withLists(jdbc.sql(MC_COLUMNS + """
				 WHERE id IN (SELECT microconference_id FROM mc_lead WHERE person_id = ?)
				ORDER BY event_id, position""").param(personId).query(MicroconferenceRepository::mcRow).list());
	}

	/**
	 * Those of the persons listed as leads of an MC of the event in one of the states, in
	 * one query however many they are.
	 */
	public Set<Long> leadingIn(long eventId, Collection<Long> personIds, Collection<McStatus> states) {
		return persons("""
				SELECT DISTINCT l.person_id FROM mc_lead l JOIN microconference m ON m.id = l.microconference_id
				WHERE m.event_id = :event AND m.status IN (:states) AND l.person_id IN (:persons)""", eventId,
				personIds, states);
	}

	/**
	 * Those of the persons among the leads-to-be (the proposer first) of an MC proposal
	 * of the event in one of the states, in one query however many they are.
	 */
	public Set<Long> proposingIn(long eventId, Collection<Long> personIds, Collection<McStatus> states) {
		return persons(
				"""
						SELECT DISTINCT l.person_id FROM mc_proposal_lead l JOIN microconference m ON m.id = l.microconference_id
						WHERE m.event_id = :event AND m.status IN (:states) AND l.person_id IN (:persons)""",
				eventId, personIds, states);
	}

	private Set<Long> persons(String sql, long eventId, Collection<Long> personIds, Collection<McStatus> states) {
		if (personIds.isEmpty() || states.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql(sql)
			.param("event", eventId)
			.param("states", states.stream().map(McStatus::name).toList())
			.param("persons", personIds)
			.query(Long.class)
			.list());
	}

	public boolean isLedBy(long microconferenceId, long personId) {
		return jdbc.sql("SELECT COUNT(*) FROM mc_lead WHERE microconference_id = ? AND person_id = ?")
			.params(microconferenceId, personId)
			.query(Long.class)
			.single() > 0;
	}

	private void insertSection(long mcId, int position, Section section) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO mc_section (microconference_id, position, kind, caption) VALUES (?, ?, ?, ?)")
			.params(mcId, position, section.kind().name(), section.caption())
			.update(keys, "id");
		long sectionId = keys.getKeyAs(Long.class);
		int entryPosition = 0;
		for (SectionEntry entry : section.entries()) {
			insertEntry(sectionId, entryPosition++, entry.kind(), 0, entry.referenceNumber(), entry.text());
			for (String subitem : entry.subitems()) {
				insertEntry(sectionId, entryPosition++, EntryKind.ITEM, 1, null, subitem);
			}
		}
	}

	private void insertEntry(long sectionId, int position, EntryKind kind, int depth, Integer referenceNumber,
			String text) {
		jdbc.sql("""
				INSERT INTO mc_section_entry (section_id, position, kind, depth, reference_number, text)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(sectionId, position, kind.name(), depth, referenceNumber, text)
			.update();
	}

	private List<Microconference> withLists(List<McRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(McRow::id).toList();
		Map<Long, List<NamedPerson>> leads = group(ids, """
				SELECT microconference_id, person_id, name_as_written FROM mc_lead
				WHERE microconference_id IN (:ids) ORDER BY microconference_id, position""",
				(rs) -> new NamedPerson(rs.getLong("person_id"), rs.getString("name_as_written")));
		Map<Long, List<KeyAttendee>> attendees = group(ids, """
				SELECT microconference_id, person_id, name_as_written, role_text FROM mc_key_attendee
				WHERE microconference_id IN (:ids) ORDER BY microconference_id, position""",
				(rs) -> new KeyAttendee(rs.getLong("person_id"), rs.getString("name_as_written"),
						rs.getString("role_text")));
		Map<Long, List<Section>> sections = sections(ids);
		return rows.stream()
			.map(row -> new Microconference(row.id(), row.guid(), row.eventId(), row.slug(), row.title(),
					McStatus.valueOf(row.status()), row.description(), sections.getOrDefault(row.id(), List.of()),
					attendees.getOrDefault(row.id(), List.of()), row.leadsCaption(),
					leads.getOrDefault(row.id(), List.of()), row.version()))
			.toList();
	}

	private Map<Long, List<Section>> sections(Collection<Long> mcIds) {
		record SectionRow(long id, long microconferenceId, String kind, String caption) {
		}
		List<SectionRow> sectionRows = jdbc.sql("""
				SELECT id, microconference_id, kind, caption FROM mc_section
				WHERE microconference_id IN (:ids) ORDER BY microconference_id, position""")
			.param("ids", mcIds)
			.query((rs, row) -> new SectionRow(rs.getLong("id"), rs.getLong("microconference_id"), rs.getString("kind"),
					rs.getString("caption")))
			.list();
		Map<Long, List<SectionEntry>> entries = entries(sectionRows.stream().map(SectionRow::id).toList());
		Map<Long, List<Section>> byMc = new LinkedHashMap<>();
		for (SectionRow row : sectionRows) {
			byMc.computeIfAbsent(row.microconferenceId(), id -> new ArrayList<>())
				.add(new Section(SectionKind.valueOf(row.kind()), row.caption(),
						entries.getOrDefault(row.id(), List.of())));
		}
		return byMc;
	}

	/**
	 * Entries in order; a depth-1 row is a subitem of the item before it (the schema's
	 * one level of nesting).
	 */
	private Map<Long, List<SectionEntry>> entries(List<Long> sectionIds) {
		record EntryRow(long sectionId, EntryKind kind, int depth, int referenceNumber, String text) {
		}
		Map<Long, List<SectionEntry>> bySection = new LinkedHashMap<>();
		if (sectionIds.isEmpty()) {
			return bySection;
		}
		List<EntryRow> rows = jdbc.sql("""
				SELECT section_id, kind, depth, reference_number, text FROM mc_section_entry
				WHERE section_id IN (:ids) ORDER BY section_id, position""")
			.param("ids", sectionIds)
			.query((rs, row) -> new EntryRow(rs.getLong("section_id"), EntryKind.valueOf(rs.getString("kind")),
					rs.getInt("depth"), rs.getInt("reference_number"), rs.getString("text")))
			.list();
		for (int i = 0; i < rows.size(); i++) {
			EntryRow row = rows.get(i);
			List<String> subitems = new ArrayList<>();
			while (row.kind() == EntryKind.ITEM && i + 1 < rows.size() && rows.get(i + 1).depth() == 1
					&& rows.get(i + 1).sectionId() == row.sectionId()) {
				subitems.add(rows.get(++i).text());
			}
			bySection.computeIfAbsent(row.sectionId(), id -> new ArrayList<>()).add(switch (row.kind()) {
				case PARAGRAPH -> SectionEntry.paragraph(row.text());
				case ITEM -> SectionEntry.item(row.text(), subitems);
				case REFERENCE -> SectionEntry.reference(row.referenceNumber(), row.text());
			});
		}
		return bySection;
	}

	private <T> Map<Long, List<T>> group(List<Long> mcIds, String sql, RowReader<T> reader) {
		Map<Long, List<T>> grouped = new LinkedHashMap<>();
		jdbc.sql(sql).param("ids", mcIds).query(rs -> {
			grouped.computeIfAbsent(rs.getLong("microconference_id"), id -> new ArrayList<>()).add(reader.read(rs));
		});
		return grouped;
	}

	@FunctionalInterface
	private interface RowReader<T> {

		T read(ResultSet rs) throws SQLException;

	}

	private static McRow mcRow(ResultSet rs, int row) throws SQLException {
		return new McRow(rs.getLong("id"), rs.getObject("guid", UUID.class), rs.getLong("event_id"),
				rs.getString("slug"), rs.getString("title"), rs.getString("status"), rs.getString("description"),
				rs.getString("leads_caption"), rs.getInt("version"));
	}

	private record McRow(long id, UUID guid, long eventId, String slug, String title, String status, String description,
			String leadsCaption, int version) {
	}

}
