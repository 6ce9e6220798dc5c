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
		if (passedOn) {
			super.setContentLength(length);
		}
	}

	@Override
	public void setContentLengthLong(long length) {
		if (passedOn) {
			super.setContentLengthLong(length);
		}
	}

	@Override
	public void flushBuffer() throws IOException {
		if (writer != null) {
			writer.flush();
		}
		if (passedOn) {
			super.flushBuffer();
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
			if (!decided) {
				decided = true;
				passedOn = !shared();
			}
			if (!passedOn && held.size() + length > limit) {
				passedOn = true;
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
