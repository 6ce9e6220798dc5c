package org.plumbline.cfp;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.domain.TopicRepository;
import org.plumbline.cfp.domain.TopicRepository.GeneratedRow;
import org.plumbline.cfp.domain.TopicRepository.Inserted;
import org.plumbline.event.Event;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the data generator does to topics (its only caller: {@code ModularityTest}):
 * a generated event's calls receive topics by the hundred thousand, too many to submit
 * one by one through {@link Topics}, so each call's are checked as {@link Topics#create}
 * checks them and written in batches, dated back across the call's window so that the
 * organisers' charts of submissions over time show a call's life rather than one day. The
 * log records one entry for each call's batch, not one for each topic: nobody typed them.
 */
@Service
public class GeneratedTopics {

	/**
	 * One topic submitted by its one speaker.
	 *
	 * @param speaker the speaker's person and their name as the topic writes it
	 */
	public record GeneratedTopic(long speakerAccountId, Topic.Speaker speaker, TopicText text, String submissionKey,
			Instant submittedAt) {
	}

	private final TopicRepository topics;

	private final Topics checks;

	private final TopicCalls calls;

	private final AuditLog audit;

	private final Clock clock;

	GeneratedTopics(TopicRepository topics, Topics checks, TopicCalls calls, AuditLog audit, Clock clock) {
		this.topics = topics;
		this.checks = checks;
		this.calls = calls;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Submits the topics to one open call of the event, in their order.
	 * @return the submitted topics, in the same order
	 * @throws IllegalArgumentException if the event has no such call
	 * @throws TopicRefusedException if the call is closed
	 * @throws org.plumbline.validation.InvalidFields if a text would be refused on the
	 * submission form
	 */
	@Transactional
	public List<Topic> submitAll(Event event, String callSlug, String actor, List<GeneratedTopic> generated) {
		TopicCall call = calls.find(event.id(), callSlug)
			.orElseThrow(() -> new IllegalArgumentException("No call " + callSlug + " in " + event.slug()));
		Instant now = clock.instant();
		List<GeneratedRow> rows = new ArrayList<>();
		for (GeneratedTopic topic : generated) {
			rows.add(new GeneratedRow(UUID.randomUUID(), checks.submittable(event, call, topic.text()),
					topic.speakerAccountId(), topic.submissionKey(), topic.submittedAt(), topic.speaker()));
		}
		Map<UUID, Inserted> inserted = topics.insertSubmitted(event.id(), call.microconferenceId(), call.plainTrackId(),
				rows, now);
		audit.record(new AuditEntry(event.id(), null, actor, "topic", "generated", "topics-generated", null,
				Map.of("call", callSlug, "topics", rows.size()), null));
		List<Topic> submitted = new ArrayList<>();
		for (GeneratedRow row : rows) {
			Inserted stored = inserted.get(row.guid());
			submitted
				.add(new Topic(stored.id(), row.guid(), event.id(), call, TopicState.SUBMITTED, row.content().title(),
						row.content().abstractText(), row.content().durationMinutes(), row.content().notes(),
						List.of(row.speaker()), row.submittedAt(), row.submittedAt(), stored.version()));
		}
		return submitted;
	}

}
