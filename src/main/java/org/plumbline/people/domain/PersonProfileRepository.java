package org.plumbline.people.domain;

import java.time.Instant;
import java.util.Optional;

import static org.plumbline.jdbc.SqlInstants.utc;

import org.plumbline.people.PersonProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PersonProfileRepository {

	private final JdbcClient jdbc;

	PersonProfileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Long> findPersonByEmail(String addressKey) {
		return jdbc.sql("SELECT person_id FROM person_email WHERE address_key = ?")
			.param(addressKey)
			.query(Long.class)
			.optional();
	}

	public void markEmailVerified(String addressKey, Instant verifiedAt) {
		jdbc.sql("UPDATE person_email SET verified_at = ? WHERE address_key = ? AND verified_at IS NULL")
			.params(utc(verifiedAt), addressKey)
			.update();
	}

	public void addEmail(long personId, String address, String addressKey, Instant verifiedAt) {
		jdbc.sql("INSERT INTO person_email (person_id, address, address_key, verified_at) VALUES (?, ?, ?, ?)")
			.params(personId, address.strip(), addressKey, utc(verifiedAt))
			.update();
	}

	public Optional<PersonProfile> find(long personId) {
		return jdbc.sql("SELECT display_name, bio, affiliation, version FROM person WHERE id = ?")
			.param(personId)
			.query((rs, row) -> new PersonProfile(rs.getString("display_name"), rs.getString("bio"),
					rs.getString("affiliation"), rs.getInt("version")))
			.optional();
	}

	/**
	 * @return false if the person's version is no longer the one given
	 */
	public boolean update(long personId, String displayName, String identityKey, String bio, String affiliation,
			int expectedVersion) {
		return jdbc.sql("""
				UPDATE person SET display_name = ?, identity_key = ?, bio = ?, affiliation = ?, version = version + 1
				WHERE id = ? AND version = ? AND merged_into_id IS NULL""")
			.params(displayName, identityKey, bio, affiliation, personId, expectedVersion)
			.update() == 1;
	}

}
