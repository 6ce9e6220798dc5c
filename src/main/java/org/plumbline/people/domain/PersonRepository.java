package org.plumbline.people.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plumbline.people.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class PersonRepository {

	private final JdbcClient jdbc;

	PersonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(UUID guid, String displayName, String identityKey) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO person (guid, display_name, identity_key) VALUES (?, ?, ?)")
			.params(guid, displayName, identityKey)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	public void addNameVariants(long personId, Collection<String> names) {
		for (String name : new LinkedHashSet<>(names)) {
			jdbc.sql("INSERT INTO person_name_variant (person_id, name) VALUES (?, ?)").params(personId, name).update();
		}
	}

	public Optional<PersonSummary> findByGuid(UUID guid) {
		return jdbc.sql("SELECT id, guid, display_name FROM person WHERE guid = ?")
			.param(guid)
			.query(PersonSummary.class)
			.optional();
	}

	public Map<Long, PersonSummary> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT id, guid, display_name FROM person WHERE id IN (:ids)")
			.param("ids", ids)
			.query(PersonSummary.class)
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
	}

}
