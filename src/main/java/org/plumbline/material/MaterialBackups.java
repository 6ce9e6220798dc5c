package org.plumbline.material;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.material.domain.FeedbackRepository;
import org.plumbline.material.domain.MaterialBackupRepository;
import org.plumbline.material.domain.MaterialRepository;
import org.plumbline.material.domain.RecordingRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's talk materials, files with their bytes, for its backup in an event data
 * file, and its sessions' recordings, written back as they were (the same GUIDs, so
 * download addresses stay), and the attendees' feedback on its talks. Nobody is mailed.
 */
@Service
public class MaterialBackups {

	private final MaterialRepository materials;

	private final MaterialBackupRepository backups;

	private final RecordingRepository recordings;

	private final FeedbackRepository feedback;

	private final AuditLog audit;

	MaterialBackups(MaterialRepository materials, MaterialBackupRepository backups, RecordingRepository recordings,
			FeedbackRepository feedback, AuditLog audit) {
		this.feedback = feedback;
		this.materials = materials;
		this.backups = backups;
		this.recordings = recordings;
		this.audit = audit;
	}

	/** The materials of the event's talks, the first added first. */
	@Transactional(readOnly = true)
	public List<BackedUpMaterial> materials(long eventId) {
		return backups.ofEvent(eventId);
	}

	/**
	 * A file's bytes, whole: a backup holds them in memory, so an event whose files
	 * outgrow the memory is backed up with the database's own tools.
	 * @throws IllegalStateException if a chunk is missing (the file was removed
	 * meanwhile)
	 */
	@Transactional(readOnly = true)
	public byte[] content(BackedUpMaterial file) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.toIntExact(file.sizeBytes()));
		for (int position = 0; position < MaterialRepository.chunkCount(file.sizeBytes()); position++) {
			bytes.writeBytes(materials.chunk(file.id(), position)
				.orElseThrow(() -> new IllegalStateException("Material " + file.guid() + " has lost its content")));
		}
		return bytes.toByteArray();
	}

	/**
	 * Writes the material back with its GUID; a file with {@code content}, whose length
	 * is its size (null for a link).
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (its GUID is stored already, a file without content)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(Event event, String systemActor, BackedUpMaterial material, byte[] content) {
		long id = backups.insert(material);
		if (content != null) {
			for (int position = 0; position * MaterialRepository.CHUNK_BYTES < content.length; position++) {
				int from = position * MaterialRepository.CHUNK_BYTES;
				byte[] chunk = Arrays.copyOfRange(content, from,
						Math.min(content.length, from + MaterialRepository.CHUNK_BYTES));
				materials.insertChunk(id, position, chunk, chunk.length);
			}
		}
		audit.record(new AuditEntry(event.id(), null, systemActor, "material", material.guid().toString(), "restored",
				null, Map.of("kind", material.kind(), "title", material.title()), null));
	}

	/**
	 * The event's sessions' recordings, removed ones included, each with its talks'
	 * offsets, in the order of their session GUIDs' text.
	 */
	@Transactional(readOnly = true)
	public List<BackedUpRecording> recordings(long eventId) {
		Map<UUID, Map<Long, Integer>> offsets = recordings.offsets(eventId);
		return backups.recordings(eventId)
			.stream()
			.sorted(Comparator.comparing(recorded -> recorded.sessionGuid().toString()))
			.map(recorded -> new BackedUpRecording(recorded.sessionGuid(), recorded.url(), recorded.updatedAt(),
					offsets.getOrDefault(recorded.sessionGuid(), Map.of())))
			.toList();
	}

	/**
	 * Writes the session's recording back with its talks' offsets.
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (the session has a recording already, an offset of a topic of no event)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreRecording(Event event, String systemActor, BackedUpRecording recording) {
		backups.insertRecording(event.id(), recording.sessionGuid(), recording.url(), recording.updatedAt());
		recordings.replaceOffsets(event.id(), recording.sessionGuid(), recording.offsets());
		audit.record(
				new AuditEntry(event.id(), null, systemActor, "session-recording", recording.sessionGuid().toString(),
						"restored", null, Map.of("url", recording.url(), "talks", recording.offsets().size()), null));
	}

	/** The event's feedback on its talks, the first given first. */
	@Transactional(readOnly = true)
	public List<BackedUpFeedback> feedback(long eventId) {
		return feedback.ofEvent(eventId);
	}

	/**
	 * Writes the feedback back as it was given and last changed.
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (the account's second feedback on the talk, a rating out of range)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreFeedback(Event event, String systemActor, BackedUpFeedback given) {
		feedback.insert(event.id(), given);
		audit.record(new AuditEntry(event.id(), null, systemActor, "talk-feedback", Long.toString(given.topicId()),
				"restored", null, Map.of("rating", given.rating()), null));
	}

}
