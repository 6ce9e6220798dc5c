package org.plumbline.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.registration.domain.OfferRepository;
import org.plumbline.registration.domain.OfferRepository.DueOffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches the waiting lists' offers: an offer that ends unanswered passes its place to
 * the next in line, and an attendee whose offer ends within a day is reminded once. Every
 * instance runs the job; each offer is claimed in the database by the transaction that
 * changes it (its version, or its reminder's mark), so only one instance acts on it.
 */
@Component
class OfferDeadlines {

	static final Duration REMINDER_BEFORE_END = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(OfferDeadlines.class);

	private final OfferRepository offers;

	private final WaitingList waitingList;

	private final EventCatalog events;

	private final Clock clock;

	OfferDeadlines(OfferRepository offers, WaitingList waitingList, EventCatalog events, Clock clock) {
		this.offers = offers;
		this.waitingList = waitingList;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${plumbline.registration.offer-interval:PT1M}",
			initialDelayString = "${plumbline.registration.offer-interval:PT1M}")
	void run() {
		expireDue();
		remindEnding();
	}

	/** Ends every offer whose time is up; returns how many this run ended. */
	int expireDue() {
		int ended = 0;
		for (DueOffer due : offers.expired(clock.instant())) {
			if (acted(due, "ended", (event) -> waitingList.expire(event, due.id(), due.version()))) {
				ended++;
			}
		}
		return ended;
	}

	/**
	 * Reminds every attendee whose offer ends within a day; returns how many this run
	 * reminded.
	 */
	int remindEnding() {
		Instant now = clock.instant();
		int reminded = 0;
		for (DueOffer due : offers.endingUnreminded(REMINDER_BEFORE_END, now)) {
			if (acted(due, "reminded", (event) -> waitingList.remind(event, due.id(), due.version()))) {
				reminded++;
			}
		}
		return reminded;
	}

	/**
	 * Acts on one offer in its own transaction; a failure is logged and leaves the offer
	 * for the next run, so that one offer that cannot be acted on holds up no other.
	 */
	private boolean acted(DueOffer due, String what, Function<Event, Boolean> action) {
		try {
			return events.findById(due.eventId()).map(action).orElse(false);
		}
		catch (RuntimeException ex) {
			log.warn("The offer of registration {} could not be {}: {}", due.id(), what, ex.toString());
			return false;
		}
	}

}
