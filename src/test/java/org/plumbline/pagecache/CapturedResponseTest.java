package org.plumbline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A public body is held to be kept; any other, or one too big to hold, goes out as
 * written with the length its handler gave.
 */
class CapturedResponseTest {

	final MockHttpServletResponse sent = new MockHttpServletResponse();

	@Test
	void aPrivateBodyGoesOutAsWrittenWithItsLength() throws IOException {
		CapturedResponse response = new CapturedResponse(sent, 16);
		response.setHeader("Cache-Control", "no-store");
		response.setContentLength(5);
		response.getOutputStream().write("hello".getBytes());

		assertThat(response.passedOn()).isTrue();
		assertThat(sent.getContentAsString()).isEqualTo("hello");
		assertThat(sent.getContentLength()).isEqualTo(5);
	}

	@Test
	void aPublicBodyIsHeldUntilReleased() throws IOException {
		CapturedResponse response = new CapturedResponse(sent, 16);
		response.setHeader("Cache-Control", "no-cache, public");
		response.setContentLength(5);
		response.getOutputStream().write("hello".getBytes());

		assertThat(sent.getContentAsString()).isEmpty();
		assertThat(response.body()).asString().isEqualTo("hello");

		response.release();

		assertThat(sent.getContentAsString()).isEqualTo("hello");
		assertThat(sent.getContentLength()).isEqualTo(5);
	}

	@Test
	void aPublicBodyTooBigToHoldGoesOutWholeWithItsLength() throws IOException {
		CapturedResponse response = new CapturedResponse(sent, 4);
		response.setHeader("Cache-Control", "no-cache, public");
		response.setContentLength(10);
		response.getOutputStream().write("hel".getBytes());
		response.getOutputStream().write("lo world".getBytes());
		response.release();

		assertThat(response.passedOn()).isTrue();
		assertThat(sent.getContentAsString()).isEqualTo("hello world");
		assertThat(sent.getContentLength()).isEqualTo(10);
	}

}
