package org.plumbline.people.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plumbline.people.EmailAddress;
import org.plumbline.people.IdentityKey;
import org.plumbline.people.PersonDetails;
import org.plumbline.people.PersonProfile;
import org.plumbline.people.PersonSummary;
import org.plumbline.people.domain.DuplicatePairs.KeyedPerson;
import org.plumbline.pagecache.SharedPages;
import org.plumbline.pagecache.SharedPages.UnshownWrites;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class PersonRepository {

	private static final String ROW_COLUMNS = """
			id, guid, display_name, identity_key, bio, affiliation, merged_into_id, version""";

	private final JdbcClient jdbc;

	PersonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(UUID guid, String displayName, String identityKey, String bio, String affiliation) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO person (guid, display_name, identity_key, bio, affiliation) VALUES (?, ?, ?, ?, ?)")
			.params(guid, displayName, identityKey, bio, affiliation)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** Adds the spellings not yet known for the person. */
	public void addNameVariants(long personId, Collection<String> names) {
		Set<String> missing = new LinkedHashSet<>(names);
		missing.removeAll(jdbc.sql("SELECT name FROM person_name_variant WHERE person_id = ?")
			.param(personId)
			.query(String.class)
			.list());
		for (String name : missing) {
			jdbc.sql("INSERT INTO person_name_variant (person_id, name) VALUES (?, ?)").params(personId, name).update();
		}
	}

	/**
	 * The person stored under a GUID, or the one it was merged into (a merge leaves a
	 * pointer behind).
	 */
	public Optional<PersonSummary> findByGuid(UUID guid) {
		Optional<Long> id = jdbc.sql("SELECT id FROM person WHERE guid = ?").param(guid).query(Long.class).optional();
		if (id.isEmpty()) {
			return Optional.empty();
		}
		Set<Long> visited = new HashSet<>();
		while (visited.add(id.get())) {
			Optional<Long> mergedInto = jdbc.sql("SELECT merged_into_id FROM person WHERE id = ?")
				.param(id.get())
				.query((rs, row) -> rs.getObject(1, Long.class))
				.optional()
				.filter(Objects::nonNull);
			if (mergedInto.isEmpty()) {
				return findAll(List.of(id.get())).values().stream().findFirst();
			}
			id = mergedInto;
		}
		throw new IllegalStateException("person " + guid + " is merged in a cycle: " + visited);
	}

	public Map<Long, PersonSummary> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT id, guid, display_name FROM person WHERE id IN (:ids)")
			.param("ids", ids)
			.query((rs, row) -> new PersonSummary(rs.getLong("id"), rs.getObject("guid", UUID.class),
					rs.getString("display_name")))
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
	}

	public Map<Long, PersonProfile> profiles(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT id, display_name, bio, affiliation, version FROM person WHERE id IN (:ids)")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong("id"),
					new PersonProfile(rs.getString("display_name"), rs.getString("bio"), rs.getString("affiliation"),
							rs.getInt("version"))))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public Optional<PersonRow> find(long id) {
		return jdbc.sql("SELECT " + ROW_COLUMNS + " FROM person WHERE id = ?")
			.param(id)
			.query(PersonRepository::row)
			.optional();
	}

	/**
	 * The person's row, locked until the transaction ends: a concurrent merge or edit of
	 * the same person waits, then reads what this transaction left.
	 */
	public Optional<PersonRow> findForUpdate(long id) {
		return jdbc.sql("SELECT " + ROW_COLUMNS + " FROM person WHERE id = ? FOR UPDATE")
			.param(id)
			.query(PersonRepository::row)
			.optional();
	}

	/**
	 * Holds the person's row until the transaction ends, as {@link #findForUpdate} does,
	 * without holding up the writes of rows that refer to the person: an update that
	 * changes no key takes a lock that PostgreSQL's foreign-key share locks do not wait
	 * for, where {@code FOR UPDATE} does (H2 takes no lock for a foreign key). A writer
	 * that holds other rows and then refers to the person never waits for this holder.
	 * The update changes nothing, and so leaves the kept public pages kept.
	 */
	public void lock(long id) {
		try (UnshownWrites lockOnly = SharedPages.writesShownOnNoPage("person")) {
			jdbc.sql("UPDATE person SET version = version WHERE id = ?").param(id).update();
		}
	}

	/** Persons not merged into anyone, other than {@code exceptId}, with this key. */
	public List<PersonRow> liveWithKey(long exceptId, String identityKey) {
		return jdbc
			.sql("SELECT " + ROW_COLUMNS + " FROM person WHERE identity_key = ? AND id <> ? AND merged_into_id IS NULL")
			.params(identityKey, exceptId)
			.query(PersonRepository::row)
			.list();
	}

	/**
	 * Persons not merged into anyone, other than {@code exceptId}, whose key's
	 * {@code CHAR_LENGTH} lies between the two bounds (inclusive). No index serves this:
	 * it reads every row of {@code person}.
	 */
	public List<PersonRow> liveWithKeyLengthBetween(long exceptId, int minLength, int maxLength) {
		return jdbc.sql("SELECT " + ROW_COLUMNS + """
				 FROM person
				WHERE CHAR_LENGTH(identity_key) BETWEEN ? AND ? AND id <> ? AND merged_into_id IS NULL""")
			.params(minLength, maxLength, exceptId)
			.query(PersonRepository::row)
			.list();
	}

	/** Every person not merged into anyone whose identity key is not empty. */
	public List<KeyedPerson> liveKeys() {
		return jdbc.sql("SELECT id, identity_key FROM person WHERE merged_into_id IS NULL AND identity_key <> ''")
			.query((rs, row) -> new KeyedPerson(rs.getLong("id"), rs.getString("identity_key")))
			.list();
	}

	public boolean accountExists(long accountId) {
		return jdbc.sql("SELECT count(*) FROM account WHERE id = ?").param(accountId).query(Long.class).single() > 0;
	}

	public boolean hasAccount(long personId) {
		return jdbc.sql("SELECT count(*) FROM account WHERE person_id = ?")
			.param(personId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Gives a person new field values and the identity key of the new display name, and
	 * counts the change in its version.
	 */
	public void update(long id, String displayName, String bio, String affiliation) {
		jdbc.sql("""
				UPDATE person SET display_name = ?, identity_key = ?, bio = ?, affiliation = ?, version = version + 1
				WHERE id = ?""").params(displayName, IdentityKey.of(displayName), bio, affiliation, id).update();
	}

	/** Leaves the person as a pointer to the one it was merged into. */
	public void markMerged(long id, long mergedIntoId) {
		jdbc.sql("UPDATE person SET merged_into_id = ?, version = version + 1 WHERE id = ?")
			.params(mergedIntoId, id)
			.update();
	}

	/**
	 * The persons with these ids, with their name variants (in alphabetical order), email
	 * addresses (ordered without regard to case) and whether an account is linked.
	 */
	public Map<Long, PersonDetails> details(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<String>> variants = jdbc
			.sql("SELECT person_id, name FROM person_name_variant WHERE person_id IN (:ids)")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong("person_id"), rs.getString("name")))
			.stream()
			.sorted(Map.Entry.comparingByValue(Collator.getInstance(Locale.ROOT)))
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<Long, List<EmailAddress>> emails = jdbc
			.sql("SELECT person_id, address, address_key, verified_at FROM person_email WHERE person_id IN (:ids)")
			.param("ids", ids)
			.query((rs, row) -> new KeyedEmail(rs.getLong("person_id"), rs.getString("address_key"),
					new EmailAddress(rs.getString("address"), rs.getObject("verified_at") != null)))
			.stream()
			.sorted(Comparator.comparing(KeyedEmail::addressKey))
			.collect(Collectors.groupingBy(KeyedEmail::personId,
					Collectors.mapping(KeyedEmail::email, Collectors.toList())));
		Set<Long> withAccount = new HashSet<>(jdbc.sql("SELECT person_id FROM account WHERE person_id IN (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.list());
		Map<Long, PersonDetails> details = new LinkedHashMap<>();
		jdbc.sql("SELECT " + ROW_COLUMNS + " FROM person WHERE id IN (:ids) ORDER BY id")
			.param("ids", ids)
			.query(PersonRepository::row)
			.stream()
			.forEach(person -> details.put(person.id(),
					new PersonDetails(person.id(), person.guid(), person.version(), person.displayName(), person.bio(),
							person.affiliation(), variants.getOrDefault(person.id(), List.of()),
							emails.getOrDefault(person.id(), List.of()), withAccount.contains(person.id()))));
		return details;
	}

	private static PersonRow row(ResultSet rs, int row) throws SQLException {
		return new PersonRow(rs.getLong("id"), rs.getObject("guid", UUID.class), rs.getString("display_name"),
				rs.getString("identity_key"), rs.getString("bio"), rs.getString("affiliation"),
				rs.getObject("merged_into_id", Long.class), rs.getInt("version"));
	}

	private record KeyedEmail(long personId, String addressKey, EmailAddress email) {
	}

}
