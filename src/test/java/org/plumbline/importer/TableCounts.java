package org.plumbline.importer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The row count of every table of the current schema, to show that a refused import wrote
 * nothing at all.
 */
final class TableCounts {

	private TableCounts() {
	}

	static Map<String, Long> of(JdbcClient jdbc) {
		List<String> tables = jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema AND table_type = 'BASE TABLE'""").query(String.class).list();
		Map<String, Long> counts = new TreeMap<>();
		for (String table : tables) {
			counts.put(table.toLowerCase(),
					jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\"").query(Long.class).single());
		}
		return counts;
	}

}
