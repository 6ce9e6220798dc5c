package org.plumbline.schedule;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.PlaceableTopics;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.domain.InterestMarkRepository;
import org.plumbline.schedule.domain.InterestMarkRepository.Column;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Interest marks (issue 11, point 4): signed-in users and anonymous visitors mark the
 * event's MCs and talks "interested"; the counts feed the room-size check and the
 * scheduler. Only what the public sees may be marked: accepted MCs, and accepted or
 * confirmed talks. A visitor who signs in later keeps their visitor marks apart from
 * their account's: nothing merges them yet.
 */
@Service
public class InterestMarks {

	private final InterestMarkRepository marks;

	private final Microconferences microconferences;

	private final PlaceableTopics topics;

	private final TransactionTemplate transactions;

	private final Clock clock;

	InterestMarks(InterestMarkRepository marks, Microconferences microconferences, PlaceableTopics topics,
			TransactionTemplate transactions, Clock clock) {
		this.marks = marks;
		this.microconferences = microconferences;
		this.topics = topics;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Marks the subject once, however often asked.
	 * @throws UnknownInterestSubjectException if it is none of the event's public MCs or
	 * talks
	 */
	public void mark(long eventId, InterestMarker marker, InterestSubject subject) {
		changeRetriedOnce(status -> {
			requirePublic(eventId, subject);
			if (!marks.exists(eventId, markerColumn(marker), markerValue(marker), subjectColumn(subject),
					subjectId(subject))) {
				marks.mark(eventId, markerColumn(marker), markerValue(marker), subjectColumn(subject),
						subjectId(subject), clock.instant());
			}
		});
	}

	/**
	 * Takes the mark away, if there was one.
	 * @throws UnknownInterestSubjectException as {@link #mark} does
	 */
	public void unmark(long eventId, InterestMarker marker, InterestSubject subject) {
		changeRetriedOnce(status -> {
			requirePublic(eventId, subject);
			marks.unmark(eventId, markerColumn(marker), markerValue(marker), subjectColumn(subject),
					subjectId(subject));
		});
	}

	/**
	 * Runs a change of the marks in a transaction of its own, and once more if a change
	 * at the same moment inserted first: the same marker's mark (a second request of
	 * theirs), or the subject's first count (another marker's change). Asked again, the
	 * change finds the mark, or adds to or takes from that count.
	 */
	private void changeRetriedOnce(Consumer<TransactionStatus> change) {
		try {
			transactions.executeWithoutResult(change);
		}
		catch (DuplicateKeyException raced) {
			transactions.executeWithoutResult(change);
		}
	}

	@Transactional(readOnly = true)
	public MarkedInterest of(long eventId, InterestMarker marker) {
		return new MarkedInterest(
				marks.marked(eventId, markerColumn(marker), markerValue(marker), Column.MICROCONFERENCE_ID),
				marks.marked(eventId, markerColumn(marker), markerValue(marker), Column.TOPIC_ID));
	}

	/** The number of marks of each MC and talk of the event. */
	@Transactional(readOnly = true)
	public InterestCounts counts(long eventId) {
		return new InterestCounts(marks.counts(eventId, Column.MICROCONFERENCE_ID),
				marks.counts(eventId, Column.TOPIC_ID));
	}

	/**
	 * The number of marks of the given MCs and talks of the event: those a timetable
	 * places, counted without the rest of the event's marks.
	 */
	@Transactional(readOnly = true)
	public InterestCounts counts(long eventId, Collection<Long> microconferenceIds, Collection<Long> topicIds) {
		return new InterestCounts(marks.counts(eventId, Column.MICROCONFERENCE_ID, microconferenceIds),
				marks.counts(eventId, Column.TOPIC_ID, topicIds));
	}

	/**
	 * Who marked each MC of the event (an account or an anonymous visitor, never named):
	 * the scheduler keeps MCs that share an audience apart.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<String>> audienceOfMicroconferences(long eventId) {
		return marks.markers(eventId, Column.MICROCONFERENCE_ID);
	}

	/** Whether the subject is one of the event's MCs or talks that the public sees. */
	@Transactional(readOnly = true)
	public boolean isPublic(long eventId, InterestSubject subject) {
		return subject.microconferenceId() != null
				? microconferences.findPublished(eventId, subject.microconferenceId()).isPresent()
				: topics.find(eventId, subject.topicId()).filter(PlaceableTopic::decidedIn).isPresent();
	}

	private void requirePublic(long eventId, InterestSubject subject) {
		if (!isPublic(eventId, subject)) {
			throw new UnknownInterestSubjectException(subject.microconferenceId() != null
					? "This event has no microconference " + subject.microconferenceId() + "."
					: "This event has no talk " + subject.topicId() + ".");
		}
	}

	private static Column markerColumn(InterestMarker marker) {
		return marker.accountId() != null ? Column.ACCOUNT_ID : Column.VISITOR_HASH;
	}

	private static Object markerValue(InterestMarker marker) {
		return marker.accountId() != null ? marker.accountId() : marker.visitorHash();
	}

	private static Column subjectColumn(InterestSubject subject) {
		return subject.microconferenceId() != null ? Column.MICROCONFERENCE_ID : Column.TOPIC_ID;
	}

	private static long subjectId(InterestSubject subject) {
		return subject.microconferenceId() != null ? subject.microconferenceId() : subject.topicId();
	}

}
