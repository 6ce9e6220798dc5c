package org.plumbline.mail;

import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * {@code plumbline_mail_queue_length} (messages waiting to be sent or being sent) and
 * {@code plumbline_mail_outbox{status="failed"}} and the other statuses: the whole
 * outbox, counted by the database at each scrape rather than in this JVM, since every
 * instance of a site queues into and delivers from the same outbox.
 */
@Component
class MailMetrics implements MeterBinder {

	private final MailOutbox outbox;

	MailMetrics(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (MailStatus status : MailStatus.values()) {
			Gauge.builder("plumbline.mail.outbox", outbox, each -> each.count(OutboxScope.allMail(), status))
				.description("Messages of the outbox in this status")
				.tag("status", status.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
		Gauge
			.builder("plumbline.mail.queue.length", outbox,
					each -> each.count(OutboxScope.allMail(), MailStatus.PENDING)
							+ each.count(OutboxScope.allMail(), MailStatus.SENDING))
			.description("Messages of the outbox not sent yet: waiting for their attempt or being sent")
			.register(registry);
	}

}
