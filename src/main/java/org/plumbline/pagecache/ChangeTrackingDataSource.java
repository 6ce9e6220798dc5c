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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, telling {@link ContentRevision} of every commit that
 * wrote: whatever wrote it (a form, a worker, an import, a test's fixture), a kept page
 * rendered before is not served after. A data-changing statement counts when it changed
 * rows, so that a worker's periodic update that finds nothing to do changes no page; any
 * other statement that is not a read (DDL, TRUNCATE) counts always. Writes to a table no
 * kept page reads ({@link SharedPages#TABLES_NO_PAGE_READS}) do not count, nor, within
 * its transaction, those a feature declared shown on no page
 * ({@link SharedPages#writesShownOnNoPage}).
 */
final class ChangeTrackingDataSource extends DelegatingDataSource implements AutoCloseable {

	private static final Set<String> READING = Set.of("SELECT", "SHOW", "SET", "VALUES", "EXPLAIN", "LISTEN");

	private static final Set<String> CHANGING_ROWS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE");

	/**
	 * The table a data-changing statement names first: {@code INSERT INTO}, {@code MERGE
	 * INTO}, {@code DELETE FROM} or {@code UPDATE}, without schema and quotes.
	 */
	private static final Pattern TARGET = Pattern.compile(
			"^\\s*(?:INSERT\\s+INTO|MERGE\\s+INTO|DELETE\\s+FROM|UPDATE)\\s+(?:\"?\\w+\"?\\.)?\"?(\\w+)\"?",
			Pattern.CASE_INSENSITIVE);

	/**
	 * What {@link SharedPages#writesShownOnNoPage} finds on the connection its
	 * transaction holds.
	 */
	interface TrackedWrites {

		/** The tables (upper case) whose writes do not count now. */
		Set<String> unshown();

		/**
		 * Writes to these tables (upper case) do not count, until the transaction ends.
		 */
		void unshown(Set<String> tables);

	}

	private final ContentRevision revision;

	private volatile Boolean postgres;

	/** Settled once the schema exists ({@link #settleChannel}); none is sent before. */
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
			postgres = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
		}
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { Connection.class, TrackedWrites.class }, new TrackedConnection(connection));
	}

	boolean isPostgres() {
		return Boolean.TRUE.equals(postgres);
	}

	/**
	 * Names the PostgreSQL channel of the commits to this schema, so that installations
	 * in other schemas of the database are not told: once migrations have made the
	 * schema, since before that the connection has none.
	 */
	String settleChannel() throws SQLException {
		try (Connection connection = getTargetDataSource().getConnection()) {
			channel = "plumbline_"
					+ String.valueOf(connection.getSchema()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
		}
		return channel;
	}

	@Override
	public void close() throws Exception {
		if (getTargetDataSource() instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	/** The statement's first word, upper case: its kind. */
	static String verb(String sql) {
		String trimmed = sql.stripLeading();
		int end = 0;
		while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
			end++;
		}
		return trimmed.substring(0, end).toUpperCase(Locale.ROOT);
	}

	/**
	 * Whether a statement writes what a kept page may show.
	 * @param unshown the tables whose writes its transaction declared shown on no page
	 */
	static boolean writes(String sql, Set<String> unshown) {
		if (READING.contains(verb(sql))) {
			return false;
		}
		Matcher target = TARGET.matcher(sql);
		if (!target.find()) {
			return true;
		}
		String table = target.group(1).toUpperCase(Locale.ROOT);
		return !SharedPages.TABLES_NO_PAGE_READS.contains(table) && !unshown.contains(table);
	}

	/**
	 * Whether a statement that writes changed the content: by the rows it reports for
	 * data, always for anything else.
	 */
	static boolean changed(String sql, Object result, Set<String> unshown) {
		if (!writes(sql, unshown)) {
			return false;
		}
		if (!CHANGING_ROWS.contains(verb(sql))) {
			return true;
		}
		return switch (result) {
			case Integer count -> count != 0;
			case Long count -> count != 0;
			case int[] counts -> Arrays.stream(counts).anyMatch(count -> count != 0);
			case long[] counts -> Arrays.stream(counts).anyMatch(count -> count != 0);
			default -> true;
		};
	}

	private final class TrackedConnection implements InvocationHandler {

		private final Connection connection;

		private boolean wrote;

		private Set<String> unshown = Set.of();

		TrackedConnection(Connection connection) {
			this.connection = connection;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "equals" -> {
					return proxy == args[0];
				}
				case "hashCode" -> {
					return System.identityHashCode(proxy);
				}
				case "unshown" -> {
					if (args == null) {
						return unshown;
					}
					@SuppressWarnings("unchecked")
					Set<String> tables = (Set<String>) args[0];
					unshown = Set.copyOf(tables);
					return null;
				}
				case "commit" -> {
					if (wrote) {
						notifyOthers();
					}
					try {
						return call(connection, method, args);
					}
					finally {
						// also when the answer to a commit the server made was lost
						committed();
					}
				}
				case "rollback" -> {
					if (args == null || args.length == 0) {
						wrote = false;
						unshown = Set.of();
					}
				}
				case "setAutoCommit" -> {
					boolean commits = wrote && Boolean.TRUE.equals(args[0]) && !connection.getAutoCommit();
					if (!commits) {
						return call(connection, method, args);
					}
					notifyOthers();
					try {
						return call(connection, method, args);
					}
					finally {
						committed();
					}
				}
				case "close" -> {
					try {
						autoCommitted();
					}
					finally {
						call(connection, method, args);
					}
					return null;
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
			String settled = channel;
			if (Boolean.TRUE.equals(postgres) && settled != null) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(revision.notification(settled));
				}
			}
		}

		/** Writes made without a transaction are committed by the time it is returned. */
		private void autoCommitted() throws SQLException {
			try {
				if (wrote && !connection.isClosed() && connection.getAutoCommit()) {
					try {
						notifyOthers();
					}
					finally {
						committed();
					}
				}
			}
			finally {
				wrote = false;
				unshown = Set.of();
			}
		}

		private void committed() {
			unshown = Set.of();
			if (wrote) {
				wrote = false;
				revision.changed();
			}
		}

		/** Notes a statement that changed the content. */
		private final class TrackedStatement implements InvocationHandler {

			private final Object connectionProxy;

			private final Statement statement;

			private final String prepared;

			private boolean batchWrites;

			TrackedStatement(Object connectionProxy, Statement statement, String prepared) {
				this.connectionProxy = connectionProxy;
				this.statement = statement;
				this.prepared = prepared;
			}

			@Override
			public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
				String name = method.getName();
				if (name.equals("getConnection")) {
					return connectionProxy;
				}
				String given = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
				if (name.equals("addBatch") && given != null && writes(given, unshown)) {
					batchWrites = true;
				}
				Object result = call(statement, method, args);
				if (name.startsWith("execute")) {
					String sql = given != null ? given : prepared;
					if ((sql != null && changed(sql, result, unshown)) || (sql == null && batchWrites)) {
						wrote = true;
					}
					batchWrites = false;
				}
				return result;
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
