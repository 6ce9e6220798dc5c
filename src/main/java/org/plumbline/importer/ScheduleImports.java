package org.plumbline.importer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.importer.domain.ScheduleContent;
import org.plumbline.importer.domain.ScheduleFileReader;
import org.plumbline.importer.domain.ScheduleImporter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The importer's facade for the schedules other systems publish (issue 14, point 5):
 * frab/c3voc schedule XML and JSON, as pretalx and frab export them, and Indico's export
 * API JSON. An import creates a new event in one transaction: a file that cannot be read
 * writes nothing; a readable one with broken elements imports the rest and reports each.
 */
@Service
public class ScheduleImports {

	/**
	 * The largest schedule file read, in bytes. Real schedules have 0.06–0.36 MB, and the
	 * tree read from an XML file takes some 40 times its size in memory, so a bigger file
	 * is refused before it is read.
	 */
	public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

	private final ScheduleFileReader reader;

	private final ScheduleImporter importer;

	private final AuditLog audit;

	ScheduleImports(ScheduleFileReader reader, ScheduleImporter importer, AuditLog audit) {
		this.reader = reader;
		this.importer = importer;
		this.audit = audit;
	}

	/**
	 * Creates an event under the slug from a schedule file, its format told by its
	 * content.
	 * @param fileName the file's name as the user gave it, for the report and the
	 * timetable's release note
	 * @param actorAccountId the site admin who imports it, or null for the command line;
	 * the event's audit log names them with the report's counts
	 * @throws ScheduleImportRefusedException if the slug is malformed, reserved or taken
	 * @throws EventFileException if the file cannot be read: over
	 * {@link #MAX_FILE_BYTES}, not JSON or XML, of no known format, or without the event
	 * it should hold
	 */
	@Transactional
	public ScheduleImportReport importSchedule(String fileName, byte[] bytes, String slug, Long actorAccountId) {
		importer.checkSlug(slug);
		if (bytes.length > MAX_FILE_BYTES) {
			throw new EventFileException(new EventFileProblem("", 0, 0, tooLarge(fileName, bytes.length)));
		}
		ScheduleContent content = reader.read(bytes);
		ScheduleImportReport report = importer.write(content, slug, fileName);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("file", fileName);
		after.put("format", report.format());
		after.put("summary", report.summary());
		after.put("warnings", report.warnings().size());
		after.put("skipped", report.skipped().size());
		audit.record(new AuditEntry(importer.eventId(report.slug()), actorAccountId,
				actorAccountId == null ? ScheduleImporter.ACTOR : null, "event", report.slug(), "imported-schedule",
				null, after, null));
		return report;
	}

	/**
	 * Why a file of this size is not read, or null when it may be: callers check the size
	 * before reading the file into memory.
	 */
	public static String tooLarge(String fileName, long size) {
		if (size <= MAX_FILE_BYTES) {
			return null;
		}
		return String.format(Locale.ROOT, "%s has %.1f MB; a schedule file may have at most %d MB", fileName,
				size / (1024.0 * 1024), MAX_FILE_BYTES / (1024 * 1024));
	}

}
