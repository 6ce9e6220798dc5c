package org.plumbline.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

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

}
