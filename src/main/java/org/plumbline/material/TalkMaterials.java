package org.plumbline.material;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.PlaceableTopics;
import org.plumbline.material.domain.ContentSniffer;
import org.plumbline.material.domain.MaterialRepository;
import org.plumbline.microconference.Microconferences;
import org.plumbline.validation.FieldChecks;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The material feature's facade: files and links on talks (issue 14, point 1). A talk's
 * speakers, the leads of its MC and the event's organisers add, change and remove them;
 * the public sees those not marked private. A file's type is sniffed from its content and
 * must agree with its name; its bytes go into the database chunk by chunk as they are
 * read, and come out the same way. Every change is audited in its transaction.
 */
@Service
public class TalkMaterials {

	public static final int MAX_TITLE_LENGTH = 200;

	public static final int MAX_URL_LENGTH = 2000;

	public static final int MAX_FILE_NAME_LENGTH = 255;

	/**
	 * How long an upload may take before its unfinished rows count as left behind by a
	 * server that stopped, and are deleted at the next upload.
	 */
	static final Duration ABANDONED_UPLOAD = Duration.ofHours(6);

	static final String STALE = "This material was changed or removed elsewhere since you opened the page.";

	private final MaterialRepository materials;

	private final ContentSniffer sniffer;

	private final PlaceableTopics topics;

	private final Rights rights;

	private final AccountPersons accounts;

	private final Microconferences microconferences;

	private final AuditLog audit;

	private final Clock clock;

	private final MaterialProperties properties;

	private final TransactionTemplate transaction;

	TalkMaterials(MaterialRepository materials, ContentSniffer sniffer, PlaceableTopics topics, Rights rights,
			AccountPersons accounts, Microconferences microconferences, AuditLog audit, Clock clock,
			MaterialProperties properties, PlatformTransactionManager transactionManager) {
		this.materials = materials;
		this.sniffer = sniffer;
		this.topics = topics;
		this.rights = rights;
		this.accounts = accounts;
		this.microconferences = microconferences;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** The largest file a talk may carry, in bytes. */
	public long maxFileSize() {
		return properties.maxFileSize().toBytes();
	}

	/**
	 * The talk (an accepted or confirmed topic of the event) if the account may manage
	 * its materials: as one of its speakers, a lead of its MC or an organiser of the
	 * event; empty otherwise, and for any other topic.
	 */
	@Transactional(readOnly = true)
	public Optional<MaterialTalk> managedTalk(long accountId, long eventId, long topicId) {
		return topics.ofEvent(eventId)
			.stream()
			.filter(topic -> topic.id() == topicId && topic.decidedIn())
			.findFirst()
			.filter(topic -> mayManage(accountId, eventId, topic))
			.map(topic -> new MaterialTalk(eventId, topic.id(), topic.guid(), topic.title(),
					topic.microconferenceId()));
	}

	private boolean mayManage(long accountId, long eventId, PlaceableTopic topic) {
		if (rights.isOrganiser(accountId, eventId)) {
			return true;
		}
		return accounts.verifiedPersonId(accountId)
			.map(person -> topic.speakers().stream().anyMatch(speaker -> speaker.personId() == person)
					|| topic.microconferenceId() != null && microconferences.isLedBy(topic.microconferenceId(), person))
			.orElse(false);
	}

	/** A talk's materials, private ones too, the first added first. */
	@Transactional(readOnly = true)
	public List<Material> ofTalk(MaterialTalk talk) {
		return materials.ofTopic(talk.topicId());
	}

	/**
	 * What the public sees of the materials of these talks (by their topics' GUIDs):
	 * those not private, by GUID; a talk with none is missing.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<Material>> publicOf(Collection<UUID> topicGuids) {
		return materials.publicOf(topicGuids);
	}

	/**
	 * Attaches a file to a talk: its name must be of an accepted format
	 * ({@link MaterialFormat}) and its content must be of that format too. It is written
	 * to the database chunk by chunk as it is read, each chunk committed on its own, and
	 * becomes visible, audited, once the last is in; an upload that fails on the way is
	 * deleted again.
	 * @param title blank for the file's name
	 * @throws MaterialNotFoundException if the account may not manage the talk
	 * @throws InvalidFields for a missing, empty, too large, unaccepted or misnamed file,
	 * or a title too long; nothing is written
	 */
	public Material addFile(long accountId, long eventId, long topicId, String title, boolean privateMaterial,
			MaterialUpload upload) {
		MaterialTalk talk = managedTalk(accountId, eventId, topicId).orElseThrow(MaterialNotFoundException::new);
		FieldChecks checks = new FieldChecks();
		String checkedTitle = checks.optionalLine("title", title, MAX_TITLE_LENGTH);
		String fileName = checks.optionalLine("file", upload == null ? null : baseName(upload.fileName()),
				MAX_FILE_NAME_LENGTH);
		MaterialFormat format = null;
		if (fileName == null) {
			checks.check("file", Optional.of("Choose a file to attach."));
		}
		else if (upload.sizeBytes() == 0) {
			checks.check("file", Optional.of(fileName + " is empty: there is nothing in it to attach."));
		}
		else if (upload.sizeBytes() > maxFileSize()) {
			checks.check("file", Optional.of(fileName + " has " + Material.shownSize(upload.sizeBytes())
					+ "; a file may have at most " + properties.maxFileSize().toMegabytes() + " MB."));
		}
		else {
			format = MaterialFormat.ofMediaType(sniffer.typeOfName(fileName)).orElse(null);
			if (format == null) {
				checks.check("file", Optional.of("Attach a PDF or slides (" + MaterialFormat.EXTENSIONS + "); "
						+ fileName + " is named as none of these."));
			}
		}
		checks.throwIfAny();
		String shownTitle = checkedTitle == null ? fileName : checkedTitle;
		try (InputStream content = new BufferedInputStream(upload.content().getInputStream(),
				MaterialRepository.CHUNK_BYTES)) {
			String sniffed = sniffer.typeOfContent(content);
			if (!format.admitsContent(sniffed)) {
				throw new InvalidFields(Map.of("file",
						fileName + " is named as a " + format.shownName() + " file, but its content is "
								+ sniffer.describe(sniffed) + " (" + sniffed
								+ "). Attach the file itself, or name it for what it is."));
			}
			String mediaType = format.mediaType();
			long id = transaction.execute(status -> {
				materials.deleteIncompleteBefore(clock.instant().minus(ABANDONED_UPLOAD));
				return materials.insertFile(topicId, shownTitle, privateMaterial, fileName, mediaType,
						upload.sizeBytes(), accountId, clock.instant());
			});
			try {
				copyIntoChunks(id, content, upload.sizeBytes());
				return transaction.execute(status -> completed(talk, accountId, id));
			}
			catch (IOException | RuntimeException failed) {
				materials.deleteIncomplete(id);
				throw failed;
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private Material completed(MaterialTalk talk, long accountId, long id) {
		if (!materials.markComplete(id)) {
			throw new IllegalStateException("Material " + id + " lacks chunks it states");
		}
		Material added = materials.find(id).orElseThrow();
		audit.record(new AuditEntry(talk.eventId(), accountId, null, "talk-material", Long.toString(id), "added", null,
				Audited.of(added), null));
		return added;
	}

	private void copyIntoChunks(long materialId, InputStream content, long expectedBytes) throws IOException {
		byte[] buffer = new byte[MaterialRepository.CHUNK_BYTES];
		long copied = 0;
		int position = 0;
		int read;
		while ((read = content.readNBytes(buffer, 0, buffer.length)) > 0) {
			copied += read;
			if (copied > expectedBytes) {
				break;
			}
			materials.insertChunk(materialId, position++, buffer, read);
		}
		if (copied != expectedBytes) {
			// the row states the size; a stream that disagrees must not leave a file
			// whose chunks tell another
			throw new IOException("The upload had " + copied + " bytes where it announced " + expectedBytes);
		}
	}

	/** The name without any folder that an old browser sends with it. */
	private static String baseName(String fileName) {
		if (fileName == null) {
			return null;
		}
		return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
	}

	/**
	 * Attaches a link to a talk: an absolute http or https address.
	 * @throws MaterialNotFoundException if the account may not manage the talk
	 * @throws InvalidFields for a missing or too long title, or an address that is
	 * missing, malformed or of another scheme
	 */
	@Transactional
	public Material addLink(long accountId, long eventId, long topicId, String title, String url,
			boolean privateMaterial) {
		MaterialTalk talk = managedTalk(accountId, eventId, topicId).orElseThrow(MaterialNotFoundException::new);
		FieldChecks checks = new FieldChecks();
		String checkedTitle = checks.requiredLine("title", title, MAX_TITLE_LENGTH);
		String checkedUrl = checks.requiredLine("url", url, MAX_URL_LENGTH);
		if (checkedUrl != null) {
			checks.check("url", linkProblem(checkedUrl));
		}
		checks.throwIfAny();
		long id = materials.insertLink(topicId, checkedTitle, privateMaterial, checkedUrl, accountId, clock.instant());
		Material added = materials.find(id).orElseThrow();
		audit.record(new AuditEntry(talk.eventId(), accountId, null, "talk-material", Long.toString(id), "added", null,
				Audited.of(added), null));
		return added;
	}

	/**
	 * Why an address may not be linked, or empty: only absolute http and https ones may.
	 */
	static Optional<String> linkProblem(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException malformed) {
			return Optional.of("This is no web address: " + malformed.getReason() + ".");
		}
		String scheme = uri.getScheme();
		if (scheme == null) {
			return Optional.of("Give the whole address, starting with https:// or http://.");
		}
		if (!scheme.equalsIgnoreCase("https") && !scheme.equalsIgnoreCase("http")) {
			return Optional
				.of("Only web addresses (https:// or http://) can be linked; this one starts with " + scheme + ":.");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return Optional.of("This address names no host: give it as https://example.org/slides.");
		}
		return Optional.empty();
	}

	/**
	 * Changes a material's title and whether it is private.
	 * @throws MaterialNotFoundException if the account may not manage the talk, or the
	 * talk has no such material
	 * @throws InvalidFields for a missing or too long title
	 * @throws OptimisticLockingFailureException if it was changed or removed since the
	 * page was opened
	 */
	@Transactional
	public Material change(long accountId, long eventId, long topicId, long materialId, int version, String title,
			boolean privateMaterial) {
		MaterialTalk talk = managedTalk(accountId, eventId, topicId).orElseThrow(MaterialNotFoundException::new);
		Material before = materialOf(talk, materialId);
		FieldChecks checks = new FieldChecks();
		String checkedTitle = checks.requiredLine("title", title, MAX_TITLE_LENGTH);
		checks.throwIfAny();
		if (!materials.update(materialId, version, checkedTitle, privateMaterial)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		Material after = materials.find(materialId).orElseThrow();
		audit.record(new AuditEntry(talk.eventId(), accountId, null, "talk-material", Long.toString(materialId),
				"changed", Audited.of(before), Audited.of(after), null));
		return after;
	}

	/**
	 * Removes a material, a file's chunks with it.
	 * @throws MaterialNotFoundException if the account may not manage the talk, or the
	 * talk has no such material
	 * @throws OptimisticLockingFailureException if it was changed or removed since the
	 * page was opened
	 */
	@Transactional
	public Material remove(long accountId, long eventId, long topicId, long materialId, int version) {
		MaterialTalk talk = managedTalk(accountId, eventId, topicId).orElseThrow(MaterialNotFoundException::new);
		Material before = materialOf(talk, materialId);
		if (!materials.delete(materialId, version)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		audit.record(new AuditEntry(talk.eventId(), accountId, null, "talk-material", Long.toString(materialId),
				"removed", Audited.of(before), null, null));
		return before;
	}

	private Material materialOf(MaterialTalk talk, long materialId) {
		return materials.find(materialId)
			.filter(material -> material.topicId() == talk.topicId())
			.orElseThrow(() -> new OptimisticLockingFailureException(STALE));
	}

	/**
	 * A file of a talk of the event that the asker may download: any public one, and a
	 * private one only for those who may manage its talk.
	 * @param accountId the signed-in account, or {@code null} for an anonymous visitor
	 */
	@Transactional(readOnly = true)
	public Optional<Material> downloadable(Long accountId, long eventId, UUID guid) {
		return materials.findByGuid(eventId, guid)
			.filter(material -> material.kind() == MaterialKind.FILE)
			.filter(material -> !material.privateMaterial()
					|| accountId != null && managedTalk(accountId, eventId, material.topicId()).isPresent());
	}

	/**
	 * Writes a file's content, one chunk at a time, each read in a query of its own: the
	 * file is never whole in memory, and no transaction stays open while a slow client
	 * reads.
	 * @throws IOException if the client goes away, or the file is removed while it is
	 * being written
	 */
	public void copyContent(Material file, OutputStream out) throws IOException {
		int chunks = MaterialRepository.chunkCount(file.sizeBytes());
		for (int position = 0; position < chunks; position++) {
			byte[] chunk = materials.chunk(file.id(), position)
				.orElseThrow(() -> new IOException("The file was removed while it was being downloaded."));
			out.write(chunk);
		}
	}

	/** What the audit log keeps of a material. */
	record Audited(long topicId, MaterialKind kind, String title, boolean privateMaterial, String url, String fileName,
			String mediaType, Long sizeBytes) {

		static Audited of(Material material) {
			return new Audited(material.topicId(), material.kind(), material.title(), material.privateMaterial(),
					material.url(), material.fileName(), material.mediaType(), material.sizeBytes());
		}

	}

}
