package org.plumbline.jdbc;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On PostgreSQL, every pooled connection starts with {@value #NO_JIT}. PostgreSQL
 * compiles a statement whose estimated cost passes {@code jit_above_cost} to machine
 * code, anew at each execution: the organisers' overview of the large generated event
 * spent 586 ms of a 726 ms statement compiling it, and 160 ms without. Plumbline's
 * statements are short and run often, the case PostgreSQL's documentation names as the
 * one JIT does not pay for. A connection init SQL the administrator set runs after it, so
 * {@code SET jit = on} there turns it back on.
 * <p>
 * A bean post-processor, as Spring Boot adjusts its own Hikari pool: Boot has no
 * customizer for it, a {@code connection-init-sql} in application.yaml would reach the
 * default H2 database too, and pgjdbc's {@code options} property would take the place of
 * one the administrator set (and PgBouncer refuses it).
 */
@Configuration(proxyBeanMethods = false)
class PostgresSessionSettings {

	static final String NO_JIT = "SET jit = off";

	private static final Logger log = LoggerFactory.getLogger(PostgresSessionSettings.class);

	@Bean
	static BeanPostProcessor postgresConnectionsWithoutJit() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource) {
					withoutJit(dataSource);
				}
				return bean;
			}
		};
	}

	/**
	 * Puts {@value #NO_JIT} first in the pool's connection init SQL, if the data source
	 * is a Hikari pool for PostgreSQL that has not started; any other is left as it is.
	 */
	static void withoutJit(DataSource dataSource) {
		HikariDataSource pool = hikariPool(dataSource);
		if (pool == null || pool.getJdbcUrl() == null
				|| DatabaseDriver.fromJdbcUrl(pool.getJdbcUrl()) != DatabaseDriver.POSTGRESQL) {
			return;
		}
		String initSql = pool.getConnectionInitSql();
		if (initSql != null && initSql.startsWith(NO_JIT)) {
			return;
		}
		if (pool.isRunning()) {
			log.warn("The PostgreSQL pool {} started before it could be told to run without JIT compilation",
					pool.getPoolName());
			return;
		}
		pool.setConnectionInitSql(initSql == null || initSql.isBlank() ? NO_JIT : NO_JIT + "; " + initSql);
	}

	private static HikariDataSource hikariPool(DataSource dataSource) {
		try {
			return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException ex) {
			log.warn("The data source would not say whether it is a Hikari pool: {}", ex.toString());
			return null;
		}
	}

}
