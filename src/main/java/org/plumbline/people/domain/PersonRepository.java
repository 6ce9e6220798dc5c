package org.plumbline.people.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

}
