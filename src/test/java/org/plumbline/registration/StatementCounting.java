package org.plumbline.registration;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the statements the calling thread sends to the database while it runs an action,
 * so that a test proves a question costs a fixed number of queries however many things it
 * asks about.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounting {

	private static final ThreadLocal<AtomicInteger> COUNTER = new ThreadLocal<>();

	/** How many statements the action prepared on this thread. */
	static int statementsOf(Supplier<?> action) {
		AtomicInteger counter = new AtomicInteger();
		COUNTER.set(counter);
		try {
			action.get();
			return counter.get();
		}
		finally {
			COUNTER.remove();
		}
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource ? new Counting(dataSource) : bean;
			}

		};
	}

	private static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws java.sql.SQLException {
			return counted(super.getConnection());
		}

		private static Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						AtomicInteger counter = COUNTER.get();
						if (counter != null && (method.getName().equals("prepareStatement")
								|| method.getName().equals("createStatement")
								|| method.getName().equals("prepareCall"))) {
							counter.incrementAndGet();
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
