package org.plumbline.jdbc;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On PostgreSQL, every pooled connection starts with {@value #NO_JIT}. PostgreSQL
 * compiles a statement whose estimated cost passes {@code jit_above_cost} to machine
 * code, anew at each execution: the organisers' overview of the large generated event
 * spent 586 ms of a 726 ms statement compiling it, and 160 ms without. Plumbline's
 * statements are short and run often, the case PostgreSQL's documentation names as the
 * one JIT does not pay for. A connection init SQL the administrator set runs after it.
 */
@Configuration(proxyBeanMethods = false)
class PostgresSessionSettings {

	static final String NO_JIT = "SET jit = off";

	private static final String POSTGRESQL_URL = "jdbc:postgresql:";

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

	private static void withoutJit(DataSource dataSource) {
		HikariDataSource pool;
		try {
			if (!dataSource.isWrapperFor(HikariDataSource.class)) {
				return;
			}
			pool = dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The data source would not say whether it is a pool", ex);
		}
		String url = pool.getJdbcUrl();
		String initSql = pool.getConnectionInitSql();
		if (url == null || !url.startsWith(POSTGRESQL_URL) || initSql != null && initSql.startsWith(NO_JIT)) {
			return;
		}
		pool.setConnectionInitSql(initSql == null || initSql.isBlank() ? NO_JIT : NO_JIT + "; " + initSql);
	}

}
