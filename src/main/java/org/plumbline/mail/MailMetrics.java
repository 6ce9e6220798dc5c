package org.plumbline.mail;

import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.plumbline.jdbc.GroupCounts;
import org.plumbline.jdbc.OperatorReads;
import org.springframework.stereotype.Component;

/**
 * {@code plumbline_mail_queue_length} (messages waiting to be sent or being sent) and
 * {@code plumbline_mail_outbox{status="failed"}} and the other statuses: the whole
 * outbox, counted by the database at each scrape (in one grouped query) rather than in
 * this JVM, since every instance of a site queues into and delivers from the same outbox;
 * no value (NaN) while the database cannot be read.
 */
@Component
class MailMetrics implements MeterBinder {

	private final GroupCounts<MailStatus> counts;

	MailMetrics(MailOutbox outbox, OperatorReads reads) {
		this.counts = reads.groupCounts(() -> outbox.countByStatus(OutboxScope.allMail()));
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (MailStatus status : MailStatus.values()) {
			Gauge.builder("plumbline.mail.outbox", counts.of(status))
				.description("Messages of the outbox in this status")
				.tag("status", status.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
		Gauge.builder("plumbline.mail.queue.length", counts.sumOf(List.of(MailStatus.PENDING, MailStatus.SENDING)))
			.description("Messages of the outbox not sent yet: waiting for their attempt or being sent")
			.register(registry);
	}

}
