package org.plumbline.people.domain;

import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.people.IdentityKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Persons written by the thousand, for the data generator: each statement goes to the
 * database in batches, and the ids the database gave are read back by GUID, which works
 * alike on H2 and PostgreSQL where batched generated keys do not.
 */
@Repository
public class PersonBatches {

	private static final int BATCH = 1000;

	/** A person to insert, with the one verified address that names them. */
	public record NewVerifiedPerson(UUID guid, String displayName, String address, String addressKey) {
	}

	private final JdbcTemplate batches;

	private final JdbcClient jdbc;

	PersonBatches(JdbcTemplate batches, JdbcClient jdbc) {
		this.batches = batches;
		this.jdbc = jdbc;
	}

	/** The persons that already have these addresses, by address key. */
	public Map<String, Long> personsByAddressKey(List<String> addressKeys) {
		Map<String, Long> found = new HashMap<>();
		for (List<String> chunk : chunks(addressKeys)) {
			jdbc.sql("SELECT address_key, person_id FROM person_email WHERE address_key IN (:keys)")
				.param("keys", chunk)
				.query((rs, row) -> found.put(rs.getString("address_key"), rs.getLong("person_id")))
				.list();
		}
		return found;
	}

	/**
	 * Inserts the persons, their names as spellings and their verified addresses.
	 * @return each person's id, in the order given
	 */
	public List<Long> insertVerified(List<NewVerifiedPerson> persons, Instant verifiedAt) {
		batches.batchUpdate("INSERT INTO person (guid, display_name, identity_key) VALUES (?, ?, ?)", persons, BATCH,
				(statement, person) -> {
					statement.setObject(1, person.guid());
					statement.setString(2, person.displayName());
					statement.setString(3, IdentityKey.of(person.displayName()));
				});
		Map<UUID, Long> idByGuid = new HashMap<>();
		for (List<NewVerifiedPerson> chunk : chunks(persons)) {
			jdbc.sql("SELECT id, guid FROM person WHERE guid IN (:guids)")
				.param("guids", chunk.stream().map(NewVerifiedPerson::guid).toList())
				.query((rs, row) -> idByGuid.put(rs.getObject("guid", UUID.class), rs.getLong("id")))
				.list();
		}
		List<Long> ids = persons.stream().map(person -> idByGuid.get(person.guid())).toList();
		List<Object[]> variants = new ArrayList<>();
		List<Object[]> emails = new ArrayList<>();
		OffsetDateTime verified = utc(verifiedAt);
		for (int i = 0; i < persons.size(); i++) {
			NewVerifiedPerson person = persons.get(i);
			variants.add(new Object[] { ids.get(i), person.displayName() });
			emails.add(new Object[] { ids.get(i), person.address().strip(), person.addressKey(), verified });
		}
		batches.batchUpdate("INSERT INTO person_name_variant (person_id, name) VALUES (?, ?)", variants);
		batches.batchUpdate(
				"INSERT INTO person_email (person_id, address, address_key, verified_at) VALUES (?, ?, ?, ?)", emails);
		return ids;
	}

	private static <T> List<List<T>> chunks(List<T> all) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += BATCH) {
			chunks.add(all.subList(from, Math.min(all.size(), from + BATCH)));
		}
		return chunks;
	}

}
