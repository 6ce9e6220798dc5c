package org.plumbline.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;

/**
 * A response whose body is held back, up to a limit, so that it can be kept once
 * complete. A body that grows past the limit (a talk's 50 MB slides) is passed on as it
 * is written from then on, and is not kept; so is every body whose headers did not mark
 * it {@code public} when its first byte was written, such as a private page or an event
 * stream.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

	private final int limit;

	private final ByteArrayOutputStream held = new ByteArrayOutputStream();

	private ServletOutputStream stream;

	private PrintWriter writer;

	private boolean passedOn;

	private boolean decided;

	/** The length the handler gave, passed on with the body if it is not held. */
	private long declaredLength = -1;

	CapturedResponse(HttpServletResponse response, int limit) {
		super(response);
		this.limit = limit;
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (stream == null) {
			stream = new HoldingStream();
		}
		return stream;
	}

	@Override
	public PrintWriter getWriter() {
		if (writer == null) {
			writer = new PrintWriter(
					new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
		}
		return writer;
	}

	@Override
	public void setContentLength(int length) {
		setContentLengthLong(length);
	}

	@Override
	public void setContentLengthLong(long length) {
		declaredLength = length;
		if (passedOn) {
			super.setContentLengthLong(length);
		}
	}

	@Override
	public void flushBuffer() throws IOException {
		if (writer != null) {
			writer.flush();
		}
		decide();
		if (passedOn) {
			super.flushBuffer();
		}
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		held.reset();
		super.sendError(status, message);
	}

	@Override
	public void sendError(int status) throws IOException {
		held.reset();
		super.sendError(status);
	}

	@Override
	public void sendRedirect(String location) throws IOException {
		held.reset();
		super.sendRedirect(location);
	}

	/**
	 * Holds the body if its headers mark it {@code public} now, at its first byte or
	 * flush; otherwise passes it on from here, with the length its handler gave.
	 */
	private void decide() {
		if (!decided) {
			decided = true;
			if (!shared()) {
				passOn();
			}
		}
	}

	private void passOn() {
		passedOn = true;
		if (declaredLength >= 0) {
			super.setContentLengthLong(declaredLength);
		}
	}

	@Override
	public void resetBuffer() {
		super.resetBuffer();
		held.reset();
	}

	@Override
	public void reset() {
		super.reset();
		held.reset();
	}

	private boolean shared() {
		String cacheControl = getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("public");
	}

	/** Whether the body was passed on as written, not held. */
	boolean passedOn() {
		return passedOn;
	}

	/** The whole body, when it was held. */
	byte[] body() {
		if (writer != null) {
			writer.flush();
		}
		return held.toByteArray();
	}

	/** Sends the held body, if nothing passed it on already. */
	void release() throws IOException {
		if (writer != null) {
			writer.flush();
		}
		if (!passedOn && held.size() > 0) {
			HttpServletResponse response = (HttpServletResponse) getResponse();
			response.setContentLength(held.size());
			held.writeTo(response.getOutputStream());
		}
	}

	private final class HoldingStream extends ServletOutputStream {

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			decide();
			if (!passedOn && held.size() + length > limit) {
				passOn();
				held.writeTo(getResponse().getOutputStream());
				held.reset();
			}
			if (passedOn) {
				getResponse().getOutputStream().write(bytes, offset, length);
			}
			else {
				held.write(bytes, offset, length);
			}
		}

		@Override
		public void flush() throws IOException {
			if (passedOn) {
				getResponse().getOutputStream().flush();
			}
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException("A kept page is written blocking");
		}

	}

}
