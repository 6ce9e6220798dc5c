package org.plumbline.jdbc;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body has been read before it waits its turn for the database, so that a
 * client sending its body slowly keeps no place in the line: a form's fields are parsed
 * (within the container's limit on them), any other body is read up to
 * {@link #READ_FIRST} bytes and the rest, if any, later. Uploads do not wait in line and
 * are not read here.
 */
final class BodyReadFirst extends HttpServletRequestWrapper {

	/**
	 * Far above any JSON body the application takes (an interest mark's is a few dozen
	 * bytes).
	 */
	static final int READ_FIRST = 64 * 1024;

	private final ByteArrayInputStream head;

	private final ServletInputStream rest;

	private final InputStream body;

	private BodyReadFirst(HttpServletRequest request, byte[] head) throws IOException {
		super(request);
		this.head = new ByteArrayInputStream(head);
		this.rest = request.getInputStream();
		this.body = new SequenceInputStream(this.head, rest);
	}

	static HttpServletRequest of(HttpServletRequest request) throws IOException {
		String type = request.getContentType();
		if (type == null && request.getContentLengthLong() <= 0) {
			return request;
		}
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
			request.getParameterMap();
			return request;
		}
		return new BodyReadFirst(request, request.getInputStream().readNBytes(READ_FIRST));
	}

	@Override
	public ServletInputStream getInputStream() {
		return new ServletInputStream() {

			@Override
			public int read() throws IOException {
				return body.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				return body.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return head.available() == 0 && rest.isFinished();
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new IllegalStateException("the body was read before the request's turn; read it blocking");
			}

		};
	}

	@Override
	public BufferedReader getReader() {
		String encoding = getCharacterEncoding();
		Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

}
