package org.plumbline.pagecache;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, telling {@link ContentRevision} of every commit that
 * wrote: whatever wrote it (a form, a worker, an import, a test's fixture), a kept page
 * rendered before is not served after. A statement counts as a write unless it only
 * reads; the sessions' own table does not count, since signed-in requests touch it on
 * every page.
 */
final class ChangeTrackingDataSource extends DelegatingDataSource implements AutoCloseable {

	private static final Set<String> READING = Set.of("SELECT", "SHOW", "SET", "VALUES", "EXPLAIN", "LISTEN");

	private final ContentRevision revision;

	private volatile Boolean postgres;

	private volatile String channel;

	ChangeTrackingDataSource(DataSource target, ContentRevision revision) {
		super(target);
		this.revision = revision;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return tracked(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return tracked(super.getConnection(username, password));
	}

	private Connection tracked(Connection connection) throws SQLException {
		if (postgres == null) {
			channel = "plumbline_"
					+ String.valueOf(connection.getSchema()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
			postgres = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
		}
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				new TrackedConnection(connection, postgres));
	}

	boolean isPostgres() {
		return Boolean.TRUE.equals(postgres);
	}

	/**
	 * The PostgreSQL channel of the commits to this schema: installations in other
	 * schemas of the database are not told.
	 */
	String channel() {
		return channel;
	}

	@Override
	public void close() throws Exception {
		if (getTargetDataSource() instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	static boolean writes(String sql) {
		String trimmed = sql.stripLeading();
		int end = 0;
		while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
			end++;
		}
		String verb = trimmed.substring(0, end).toUpperCase(Locale.ROOT);
		return !READING.contains(verb) && !sql.toUpperCase(Locale.ROOT).contains("SPRING_SESSION");
	}

	private final class TrackedConnection implements InvocationHandler {

		private final Connection connection;

		private final boolean notifyOthers;

		private boolean wrote;

		TrackedConnection(Connection connection, boolean notifyOthers) {
			this.connection = connection;
			this.notifyOthers = notifyOthers;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "commit" -> {
					if (wrote) {
						notifyOthers();
					}
					Object result = call(connection, method, args);
					committed();
					return result;
				}
				case "rollback" -> {
					if (args == null || args.length == 0) {
						wrote = false;
					}
				}
				case "setAutoCommit" -> {
					boolean commits = wrote && Boolean.TRUE.equals(args[0]) && !connection.getAutoCommit();
					if (commits) {
						notifyOthers();
					}
					Object result = call(connection, method, args);
					if (commits) {
						committed();
					}
					return result;
				}
				case "close" -> {
					if (wrote && !connection.isClosed() && connection.getAutoCommit()) {
						notifyOthers();
						committed();
					}
					wrote = false;
				}
				default -> {
				}
			}
			Object result = call(connection, method, args);
			if (result instanceof Statement statement && method.getName().matches("createStatement|prepare.*")) {
				String prepared = method.getName().startsWith("prepare") ? (String) args[0] : null;
				return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { method.getReturnType() },
						new TrackedStatement(proxy, statement, prepared));
			}
			return result;
		}

		/**
		 * Within the transaction, so that PostgreSQL delivers it with the commit and not
		 * at all on a rollback.
		 */
		private void notifyOthers() throws SQLException {
			if (notifyOthers) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(revision.notification(channel));
				}
			}
		}

		private void committed() {
			if (wrote) {
				wrote = false;
				revision.changed();
			}
		}

		/**
		 * Notes a write that changed rows: a worker's periodic update that finds nothing
		 * to do changes no page.
		 */
		private final class TrackedStatement implements InvocationHandler {

			private final Object connectionProxy;

			private final Statement statement;

			private final String prepared;

			TrackedStatement(Object connectionProxy, Statement statement, String prepared) {
				this.connectionProxy = connectionProxy;
				this.statement = statement;
				this.prepared = prepared;
			}

			@Override
			public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
				if (method.getName().equals("getConnection")) {
					return connectionProxy;
				}
				Object result = call(statement, method, args);
				if (method.getName().startsWith("execute")) {
					String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : prepared;
					if (sql != null && writes(sql) && changedRows(result)) {
						wrote = true;
					}
				}
				return result;
			}

			/** An update count above zero, or an answer that does not tell. */
			private static boolean changedRows(Object result) {
				return switch (result) {
					case Integer count -> count != 0;
					case Long count -> count != 0;
					case int[] counts -> Arrays.stream(counts).anyMatch(count -> count != 0);
					case long[] counts -> Arrays.stream(counts).anyMatch(count -> count != 0);
					default -> true;
				};
			}

		}

	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
