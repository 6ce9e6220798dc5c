package org.plumbline.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP link between an application and its PostgreSQL server that a test cuts and
 * restores: cut, every open connection is closed and new ones are refused, as when the
 * server stops or the network between them fails; restored, connections go through again.
 * The server itself keeps running for the other tests.
 */
public final class DatabaseLink implements AutoCloseable {

	private static final Pattern POSTGRES_ADDRESS = Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?/");

	private final InetSocketAddress server;

	private final int port;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private ServerSocket listening;

	private DatabaseLink(InetSocketAddress server) {
		this.server = server;
		this.port = FreePorts.next();
		restore();
	}

	/** A link to the server that a PostgreSQL JDBC URL names. */
	public static DatabaseLink to(String jdbcUrl) {
		Matcher address = address(jdbcUrl);
		int port = address.group(2) != null ? Integer.parseInt(address.group(2)) : 5432;
		return new DatabaseLink(new InetSocketAddress(address.group(1), port));
	}

	/** The same URL, through this link. */
	public String through(String jdbcUrl) {
		Matcher address = address(jdbcUrl);
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + jdbcUrl.substring(address.end());
	}

	private static Matcher address(String jdbcUrl) {
		Matcher address = POSTGRES_ADDRESS.matcher(jdbcUrl);
		if (!address.find()) {
			throw new IllegalArgumentException("Not a PostgreSQL JDBC URL with a host: " + jdbcUrl);
		}
		return address;
	}

	/** Closes every connection through the link and refuses new ones. */
	public synchronized void cut() {
		closeQuietly(this.listening);
		this.listening = null;
		this.open.forEach(DatabaseLink::closeQuietly);
		this.open.clear();
	}

	/** Lets connections through again, on the same port. */
	public synchronized void restore() {
		if (this.listening != null) {
			return;
		}
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress("127.0.0.1", this.port));
			this.listening = socket;
			Thread.ofVirtual().name("database-link-accept").start(() -> accept(socket));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			Socket client;
			try {
				client = socket.accept();
			}
			catch (IOException ex) {
				// The link was cut: the loop ends.
				continue;
			}
			try {
				Socket upstream = new Socket(this.server.getAddress(), this.server.getPort());
				this.open.add(client);
				this.open.add(upstream);
				Thread.ofVirtual().start(() -> pipe(client, upstream));
				Thread.ofVirtual().start(() -> pipe(upstream, client));
			}
			catch (IOException ex) {
				closeQuietly(client);
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// One side closed: the other is closed below.
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			this.open.remove(from);
			this.open.remove(to);
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Already closed.
		}
	}

	@Override
	public void close() {
		cut();
	}

}
