package org.plumbline.people.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which columns reference {@code person(id)}, and the unique constraints of their tables,
 * read from the database's own catalogue, so that a table added later is merged without
 * anyone remembering to list it here (ARCHITECTURE.md: a person merge updates every
 * foreign key to Person that the catalogue lists). The same reading answers for any other
 * table: the event data file's tests find every table that holds part of an event.
 * <p>
 * The standard {@code INFORMATION_SCHEMA} views answer on both H2 2.5 and PostgreSQL 15.
 * Only the current schema is read (PostgreSQL tests run in a schema of their own). H2
 * stores unquoted names in upper case and PostgreSQL in lower case; names are returned in
 * lower case and used unquoted, which finds the same tables on both. A uniqueness
 * declared only as a {@code CREATE UNIQUE INDEX}, not as a constraint, is not in these
 * views: declare it as a {@code UNIQUE} constraint on a table that references a person.
 */
@Repository
public class PersonReferenceCatalogue {

	private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

	private final JdbcClient jdbc;

	PersonReferenceCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every column with a foreign key to {@code person(id)}, by table and column. */
	public List<ReferenceColumn> columnsReferencingPerson() {
		return columnsReferencing("person");
	}

	/**
	 * Every column with a foreign key to the table (named in lower case), by table and
	 * column.
	 */
	public List<ReferenceColumn> columnsReferencing(String table) {
		return jdbc.sql("""
				SELECT fk.table_name, fk.column_name
				FROM information_schema.referential_constraints rc
				JOIN information_schema.key_column_usage fk
				    ON fk.constraint_schema = rc.constraint_schema AND fk.constraint_name = rc.constraint_name
				JOIN information_schema.table_constraints referenced
				    ON referenced.constraint_schema = rc.unique_constraint_schema
				    AND referenced.constraint_name = rc.unique_constraint_name
				WHERE rc.constraint_schema = current_schema AND lower(referenced.table_name) = ?""")
			.param(table)
			.query((rs, row) -> new ReferenceColumn(plainName(rs.getString(1)), plainName(rs.getString(2))))
			.list()
			.stream()
			.distinct()
			.sorted((a, b) -> a.qualifiedName().compareTo(b.qualifiedName()))
			.toList();
	}

	/** The UNIQUE and PRIMARY KEY constraints of the table that include the column. */
	public List<UniqueConstraint> uniqueConstraintsContaining(ReferenceColumn column) {
		Map<String, List<String>> columnsByConstraint = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT tc.constraint_name, kcu.column_name
				FROM information_schema.table_constraints tc
				JOIN information_schema.key_column_usage kcu
				    ON kcu.constraint_schema = tc.constraint_schema AND kcu.constraint_name = tc.constraint_name
				    AND kcu.table_name = tc.table_name
				WHERE tc.constraint_schema = current_schema AND lower(tc.table_name) = ?
				    AND tc.constraint_type IN ('UNIQUE', 'PRIMARY KEY')
				ORDER BY tc.constraint_name, kcu.ordinal_position""")
			.param(column.table())
			.query((rs, row) -> Map.entry(rs.getString(1).toLowerCase(Locale.ROOT), plainName(rs.getString(2))))
			.list()
			.forEach(entry -> columnsByConstraint.computeIfAbsent(entry.getKey(), name -> new ArrayList<>())
				.add(entry.getValue()));
		return columnsByConstraint.entrySet()
			.stream()
			.filter(entry -> entry.getValue().contains(column.column()))
			.map(entry -> new UniqueConstraint(entry.getKey(), entry.getValue()))
			.toList();
	}

	/**
	 * The name in lower case, refused if it would need quotes: the merge builds its
	 * statements from these names.
	 */
	private static String plainName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (!PLAIN_NAME.matcher(lower).matches()) {
			throw new IllegalStateException("'" + name + "', on a table that references another, is not a plain "
					+ "SQL name; the person merge uses names unquoted, so rename it");
		}
		return lower;
	}

}
