package org.plumbline.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A minimal SMTP server on the loopback address that refuses recipients of one domain
 * with {@code 550}, as a real server refuses an unknown mailbox, and accepts every other
 * message; GreenMail accepts every recipient, so it cannot show how a refusal is counted.
 */
final class RefusingSmtpServer implements BeforeAllCallback, AfterAllCallback {

	private final int port;

	private final List<String> acceptedRecipients = new CopyOnWriteArrayList<>();

	private volatile String refusedDomain;

	private ServerSocket socket;

	private ExecutorService connections;

	/** A server on a free port; it runs for each test class that registers it. */
	RefusingSmtpServer(String refusedDomain) {
		this.refusedDomain = refusedDomain;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			this.port = probe.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		this.socket = new ServerSocket();
		this.socket.setReuseAddress(true);
		this.socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
		this.connections = Executors.newVirtualThreadPerTaskExecutor();
		ServerSocket listening = this.socket;
		this.connections.submit(() -> accept(listening));
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		this.socket.close();
		this.connections.shutdownNow();
	}

	int port() {
		return this.port;
	}

	/** Refuses recipients of this domain from now on, or none with {@code null}. */
	void refuse(String domain) {
		this.refusedDomain = domain;
	}

	/** The recipients of every message accepted, in order. */
	List<String> acceptedRecipients() {
		return List.copyOf(this.acceptedRecipients);
	}

	void clear() {
		this.acceptedRecipients.clear();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket connection = listening.accept();
				this.connections.submit(() -> converse(connection));
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	private void converse(Socket connection) {
		try (connection;
				var in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
				Writer out = new OutputStreamWriter(connection.getOutputStream(), StandardCharsets.UTF_8)) {
			reply(out, "220 localhost ESMTP refusing test server");
			List<String> recipients = new ArrayList<>();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String command = line.toUpperCase(Locale.ROOT);
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					reply(out, "250 localhost");
				}
				else if (command.startsWith("MAIL FROM:") || command.startsWith("NOOP")) {
					reply(out, "250 OK");
				}
				else if (command.startsWith("RSET")) {
					recipients.clear();
					reply(out, "250 OK");
				}
				else if (command.startsWith("RCPT TO:")) {
					String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
					String refused = this.refusedDomain;
					if (refused != null && address.toLowerCase(Locale.ROOT).endsWith("@" + refused)) {
						reply(out, "550 5.1.1 <" + address + ">: mailbox unavailable");
					}
					else {
						recipients.add(address);
						reply(out, "250 OK");
					}
				}
				else if (command.equals("DATA")) {
					reply(out, "354 End data with <CR><LF>.<CR><LF>");
					for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
						// the content is not checked here
					}
					this.acceptedRecipients.addAll(recipients);
					recipients.clear();
					reply(out, "250 OK queued");
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 Bye");
					return;
				}
				else {
					reply(out, "502 Command not implemented");
				}
			}
		}
		catch (IOException ex) {
			// the client hung up
		}
	}

	private static void reply(Writer out, String line) throws IOException {
		out.write(line + "\r\n");
		out.flush();
	}

}
