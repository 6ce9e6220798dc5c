package org.plumbline.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A body read before the request's turn reaches the application whole, and its end is
 * told: for a JSON call shorter than the part read first, as long as it, or longer.
 */
class BodyReadFirstTest {

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 60, BodyReadFirst.READ_FIRST - 1, BodyReadFirst.READ_FIRST,
			BodyReadFirst.READ_FIRST + 1, 3 * BodyReadFirst.READ_FIRST + 17 })
	void theApplicationReadsTheWholeBodyAndThenItsEnd(int length) throws IOException {
		byte[] sent = new byte[length];
		for (int i = 0; i < length; i++) {
			sent[i] = (byte) ('a' + i % 26);
		}
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/lpc2023/interest");
		request.setContentType("application/json");
		request.setContent(sent);

		HttpServletRequest read = BodyReadFirst.of(request);
		ServletInputStream body = read.getInputStream();

		assertThat(body.readAllBytes()).isEqualTo(sent);
		assertThat(body.isFinished()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { BodyReadFirst.READ_FIRST, BodyReadFirst.READ_FIRST + 1 })
	void aBodyLongerThanItsFirstPartIsNotFinishedBeforeItsLastByte(int length) throws IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/lpc2023/interest");
		request.setContentType("application/json");
		request.setContent(new byte[length]);

		ServletInputStream body = BodyReadFirst.of(request).getInputStream();
		body.readNBytes(length - 1);

		assertThat(body.isFinished()).isFalse();
	}

}
