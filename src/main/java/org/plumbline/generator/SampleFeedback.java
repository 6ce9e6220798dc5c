package org.plumbline.generator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.material.TalkFeedback;
import org.plumbline.registration.RegistrationStatus;
import org.plumbline.registration.Registrations;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;
import org.springframework.stereotype.Component;

/**
 * The feedback registered attendees give on the sample event's talks that have started,
 * through the feedback feature's own rules (registered, and not before the talk's start
 * by the event's clock): mostly good ratings with a few poor ones, as real ones run.
 */
@Component
class SampleFeedback {

	private static final int[] RATINGS = { 5, 5, 4, 4, 4, 3, 3, 2, 1 };

	private final Registrations registrations;

	private final TalkFeedback feedback;

	private final Clock clock;

	SampleFeedback(Registrations registrations, TalkFeedback feedback, Clock clock) {
		this.registrations = registrations;
		this.feedback = feedback;
		this.clock = clock;
	}

	/**
	 * @param mean the mean number of attendees who give feedback on each started talk
	 * @return how much feedback was given
	 */
	int give(Event event, List<ScheduledSession> sessions, List<SignedInAccount> people, int mean,
			RandomGenerator random, SampleWords words) {
		Instant now = clock.instant();
		List<ScheduledTalk> started = sessions.stream()
			.flatMap(session -> session.talks().stream())
			.filter(talk -> !talk.startsAt().isAfter(now))
			.toList();
		if (started.isEmpty() || mean == 0) {
			return 0;
		}
		List<SignedInAccount> attendees = people.stream()
			.filter(person -> registrations.mine(event, person.id())
				.filter(registration -> registration.status() == RegistrationStatus.REGISTERED)
				.isPresent())
			.toList();
		int given = 0;
		for (ScheduledTalk talk : started) {
			List<SignedInAccount> shuffled = new ArrayList<>(attendees);
			Collections.shuffle(shuffled, random);
			int count = Math.min(shuffled.size(), mean / 2 + random.nextInt(mean + 1));
			for (SignedInAccount attendee : shuffled.subList(0, count)) {
				int rating = RATINGS[random.nextInt(RATINGS.length)];
				feedback.give(event, talk.guid().toString(), attendee.id(), Integer.toString(rating),
						words.feedbackComment(rating, random), null);
				given++;
			}
		}
		return given;
	}

}
