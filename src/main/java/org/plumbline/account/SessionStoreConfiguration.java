package org.plumbline.account;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database, safe under a double click. Two requests of one session that
 * both add the same attribute (a form submitted twice, each leaving a flash message)
 * would both insert it, and the second would fail on the primary key with a 500; on both
 * databases an attribute is therefore written as an upsert.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionStoreConfiguration {

	static final String H2_UPSERT_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource)
			throws MetaDataAccessException {
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		return switch (database) {
			case "PostgreSQL" -> new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
			case "H2" -> sessions -> sessions.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
			default ->
				throw new IllegalStateException("Plumbline runs on H2 or PostgreSQL; the database here is " + database);
		};
	}

}
