package org.plumbline.testsupport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements each request to the test server issues, or an action a test
 * runs itself ({@link #statementsOf}): the data source is wrapped by datasource-proxy,
 * and a filter ahead of every other (sessions and security included) records what ran on
 * the request's thread while it was served. Work of other threads (the mail outbox,
 * scheduled jobs) is not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	/** What one request ran: its path and query, and each statement's SQL in order. */
	public record ServedRequest(String path, List<String> statements) {
	}

	private static final ThreadLocal<List<String>> RUNNING = new ThreadLocal<>();

	private final BlockingQueue<ServedRequest> served = new LinkedBlockingQueue<>();

	/** How many statements the action ran on the calling thread. */
	public static int statementsOf(Supplier<?> action) {
		List<String> statements = new ArrayList<>();
		RUNNING.set(statements);
		try {
			action.get();
			return statements.size();
		}
		finally {
			RUNNING.remove();
		}
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource) {
					return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(new Recorder()).build();
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> statementCountingFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						List<String> statements = new ArrayList<>();
						RUNNING.set(statements);
						try {
							chain.doFilter(request, response);
						}
						finally {
							RUNNING.remove();
							String query = request.getQueryString();
							served.add(new ServedRequest(request.getRequestURI() + (query == null ? "" : "?" + query),
									statements));
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	StatementCounting.Requests servedRequests() {
		return new Requests(served);
	}

	/** The requests served since the last {@link #clear()}, as the tests read them. */
	public static final class Requests {

		private final BlockingQueue<ServedRequest> served;

		Requests(BlockingQueue<ServedRequest> served) {
			this.served = served;
		}

		public void clear() {
			served.clear();
		}

		/**
		 * The next request served to the path, waiting for it to finish: a client may
		 * have its whole response before the server has run its last statement.
		 */
		public ServedRequest next(String path) {
			try {
				for (ServedRequest request = served.poll(30, TimeUnit.SECONDS); request != null; request = served
					.poll(30, TimeUnit.SECONDS)) {
					if (request.path().equals(path)) {
						return request;
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			throw new AssertionError("No request to " + path + " was served");
		}

	}

	private static final class Recorder implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			List<String> statements = RUNNING.get();
			if (statements != null) {
				statements.add(queries.isEmpty() ? "" : queries.getFirst().getQuery());
			}
		}

	}

}
