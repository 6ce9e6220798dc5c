package org.plumbline.material;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.material.domain.ContentSniffer;
import org.plumbline.material.domain.MaterialRepository;
import org.plumbline.validation.FieldChecks;
import org.plumbline.validation.InvalidFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Talk files in and out: a file's type is sniffed from its content and must agree with
 * its name; its bytes go into the database chunk by chunk as they are read, and come out
 * the same way, so the largest file costs a chunk of memory.
 */
@Service
public class MaterialFiles {

	public static final int MAX_FILE_NAME_LENGTH = 255;

	/**
	 * How long an upload may take before its unfinished rows count as left behind by a
	 * server that stopped, and are deleted at the next upload.
	 */
	static final Duration ABANDONED_UPLOAD = Duration.ofHours(6);

	private final MaterialRepository materials;

	private final TalkMaterials talks;

	private final ContentSniffer sniffer;

	private final Clock clock;

	private final MaterialProperties properties;

	private final TransactionTemplate transaction;

	MaterialFiles(MaterialRepository materials, TalkMaterials talks, ContentSniffer sniffer, Clock clock,
			MaterialProperties properties, PlatformTransactionManager transactionManager) {
		this.materials = materials;
		this.talks = talks;
		this.sniffer = sniffer;
		this.clock = clock;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** The largest file a talk may carry, in bytes. */
	public long maxFileSize() {
		return properties.maxFileSize().toBytes();
	}

	/**
	 * Attaches a file to a talk: its name must be of an accepted format
	 * ({@link MaterialFormat}) and its content must be of that format too. It is written
	 * to the database chunk by chunk as it is read, each chunk committed on its own, and
	 * becomes visible, audited, once the last is in; an upload that fails on the way is
	 * deleted again.
	 * @param title blank for the file's name
	 * @throws InvalidFields for a missing, empty, too large, unaccepted or misnamed file,
	 * or a title too long; nothing is written
	 */
	public Material addFile(MaterialTalk talk, String title, boolean privateMaterial, MaterialUpload upload) {
		FieldChecks checks = new FieldChecks();
		String checkedTitle = checks.optionalLine("title", title, TalkMaterials.MAX_TITLE_LENGTH);
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
			checks.check("file", Optional.of(tooLarge(fileName + " has " + Material.shownSize(upload.sizeBytes()))));
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
			if (ContentSniffer.OFFICE_PACKAGE.equals(sniffed)) {
				try (InputStream again = upload.content().getInputStream()) {
					sniffed = sniffer.typeOfOfficePackage(again);
				}
			}
			if (!format.admitsContent(sniffed)) {
				throw new InvalidFields(Map.of("file",
						fileName + " is named as " + format.shownWithArticle() + " file, but its content is "
								+ sniffer.describe(sniffed) + " (" + sniffed
								+ "). Attach the file itself, or name it for what it is."));
			}
			String mediaType = format.mediaType();
			long id = transaction.execute(status -> {
				materials.deleteIncompleteBefore(clock.instant().minus(ABANDONED_UPLOAD));
				return materials.insertFile(talk.topicId(), shownTitle, privateMaterial, fileName, mediaType,
						upload.sizeBytes(), talk.accountId(), clock.instant());
			});
			try {
				copyIntoChunks(id, content, upload.sizeBytes());
				return transaction.execute(status -> completed(talk, id));
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

	/**
	 * The message for a file over the limit, after what is known of it: its name and
	 * size, or only that the server stopped reading it.
	 */
	public String tooLarge(String whatIsKnown) {
		return whatIsKnown + "; a file may have at most " + properties.maxFileSize().toMegabytes() + " MB.";
	}

	private Material completed(MaterialTalk talk, long id) {
		if (!materials.markComplete(id)) {
			throw new IllegalStateException("Material " + id + " lacks chunks it states");
		}
		Material added = materials.find(id).orElseThrow();
		talks.auditAdded(talk, added);
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
	 * A file of a talk of the event that the asker may download: any public one of a talk
	 * still accepted or confirmed, and a private one only for those who may manage its
	 * talk.
	 * @param accountId the signed-in account, or {@code null} for an anonymous visitor
	 */
	@Transactional(readOnly = true)
	public Optional<Material> downloadable(Long accountId, long eventId, UUID guid) {
		return materials.findOfDecidedTalk(eventId, guid)
			.filter(material -> material.kind() == MaterialKind.FILE)
			.filter(material -> !material.privateMaterial()
					|| accountId != null && talks.managedTalk(accountId, eventId, material.topicId()).isPresent());
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

}
