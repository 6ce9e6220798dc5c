package org.plumbline.schedule;

import java.util.List;
import java.util.Map;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.schedule.domain.AgendaFeedRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar-feed addresses of an event's personal agendas, for its backup in an event
 * data file, and written back under the same hashes, so that a calendar subscribed to an
 * address before the backup reads the agenda from the restored site. Nobody is told.
 */
@Service
public class AgendaFeedBackups {

	private final AgendaFeedRepository feeds;

	private final AuditLog audit;

	AgendaFeedBackups(AgendaFeedRepository feeds, AuditLog audit) {
		this.feeds = feeds;
		this.audit = audit;
	}

	/** The event's live feed addresses, in the order they were made. */
	@Transactional(readOnly = true)
	public List<BackedUpAgendaFeed> feeds(long eventId) {
		return feeds.ofEvent(eventId);
	}

	/**
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (the owner has an address in the event already, the site holds one under
	 * this hash already, the account is unknown)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(Event event, String systemActor, BackedUpAgendaFeed feed) {
		feeds.insert(event.id(), feed);
		audit.record(new AuditEntry(event.id(), null, systemActor, "agenda-feed",
				feed.accountId() != null ? "account:" + feed.accountId() : "visitor", "restored", null,
				Map.of("createdAt", feed.createdAt().toString()), null));
	}

}
