package org.plumbline.testsupport;

import java.io.IOException;
import java.sql.ResultSet;
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
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements each request to the test server issues, and the rows it
 * reads, or the statements of an action a test runs itself ({@link #statementsOf}): the
 * data source and its result sets are wrapped by datasource-proxy, and a filter ahead of
 * every other (sessions and security included) records what ran on the request's thread
 * while it was served. Work of other threads (the mail outbox, scheduled jobs) is not
 * counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	/**
	 * What one request ran: its path and query, each statement's SQL in order, and how
	 * many rows all of them returned.
	 */
	public record ServedRequest(String path, List<String> statements, int rows) {
	}

	private static final ThreadLocal<Recording> RUNNING = new ThreadLocal<>();

	private final BlockingQueue<ServedRequest> served = new LinkedBlockingQueue<>();

	/** How many statements the action ran on the calling thread. */
	public static int statementsOf(Supplier<?> action) {
		Recording recording = new Recording();
		RUNNING.set(recording);
		try {
			action.get();
			return recording.statements.size();
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
					return ProxyDataSourceBuilder.create(dataSource)
						.name(beanName)
						.listener(new Recorder())
						.proxyResultSet()
						.afterMethod(StatementCounting::countRow)
						.build();
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
						Recording recording = new Recording();
						RUNNING.set(recording);
						try {
							chain.doFilter(request, response);
						}
						finally {
							RUNNING.remove();
							String query = request.getQueryString();
							served.add(new ServedRequest(request.getRequestURI() + (query == null ? "" : "?" + query),
									recording.statements, recording.rows));
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

	/** A row read: a call of {@code ResultSet.next()} that found one. */
	private static void countRow(MethodExecutionContext call) {
		Recording recording = RUNNING.get();
		if (recording != null && call.getTarget() instanceof ResultSet && call.getMethod().getName().equals("next")
				&& Boolean.TRUE.equals(call.getResult())) {
			recording.rows++;
		}
	}

	/** What ran on one thread while it was recorded. */
	private static final class Recording {

		private final List<String> statements = new ArrayList<>();

		private int rows;

	}

	private static final class Recorder implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			Recording recording = RUNNING.get();
			if (recording != null) {
				recording.statements.add(queries.isEmpty() ? "" : queries.getFirst().getQuery());
			}
		}

	}

}
