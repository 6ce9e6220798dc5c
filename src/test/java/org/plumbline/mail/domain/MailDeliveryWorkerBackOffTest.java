package org.plumbline.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

class MailDeliveryWorkerBackOffTest {

	@Test
	void backOffDoublesFromOneMinuteAndIsCappedAtSixHours() {
		assertThat(MailDeliveryWorker.backOff(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(MailDeliveryWorker.backOff(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(MailDeliveryWorker.backOff(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(MailDeliveryWorker.backOff(9)).isEqualTo(Duration.ofMinutes(256));
		assertThat(MailDeliveryWorker.backOff(10)).isEqualTo(Duration.ofHours(6));
		assertThat(MailDeliveryWorker.backOff(1000)).isEqualTo(Duration.ofHours(6));
	}

	@Test
	void errorTextNamesEachCauseWithoutStackTraceAndIsCutAt2000Characters() {
		var error = new IllegalStateException("Mail server connection failed", new IOException("Connection refused"));
		assertThat(MailDeliveryWorker.describe(error)).isEqualTo(
				"IllegalStateException: Mail server connection failed; caused by IOException: Connection refused");
		assertThat(MailDeliveryWorker.describe(new RuntimeException("x".repeat(5000)))).hasSize(2000);
	}

	@Test
	void aFailureToConnectOrToLogInIsAnOutageButARefusedMessageOrAFailedCloseIsNot() {
		MimeMessage message = new MimeMessage((Session) null);
		var connect = new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"));
		var refused = new SendFailedException("550 5.1.1 mailbox unavailable");
		var close = new MessagingException("connection reset");

		assertThat(MailDeliveryWorker.serverUnreachable(
				new MailSendException("Mail server connection failed", connect, Map.of(message, connect))))
			.isTrue();
		assertThat(MailDeliveryWorker.serverUnreachable(new MailAuthenticationException("535 bad credentials")))
			.isTrue();
		assertThat(MailDeliveryWorker.serverUnreachable(new MailSendException(Map.of(message, refused)))).isFalse();
		assertThat(MailDeliveryWorker
			.serverUnreachable(new MailSendException("Failed to close server connection after message sending", close)))
			.as("the message was sent")
			.isFalse();
		assertThat(MailDeliveryWorker.serverUnreachable(new MailSendException(
				"Failed to close server connection after message failures", close, Map.of(message, refused))))
			.isFalse();
		assertThat(MailDeliveryWorker.serverUnreachable(new MessagingException("Illegal address"))).isFalse();
	}

}
