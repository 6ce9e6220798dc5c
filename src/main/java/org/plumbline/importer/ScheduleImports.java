package org.plumbline.importer;

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

	private final ScheduleFileReader reader;

	private final ScheduleImporter importer;

	ScheduleImports(ScheduleFileReader reader, ScheduleImporter importer) {
		this.reader = reader;
		this.importer = importer;
	}

	/**
	 * Creates an event under the slug from a schedule file, its format told by its
	 * content.
	 * @param fileName the file's name as the user gave it, for the report and the
	 * timetable's release note
	 * @throws ScheduleImportRefusedException if the slug is malformed, reserved or taken
	 * @throws EventFileException if the file cannot be read: not JSON or XML, of no known
	 * format, or without the event it should hold
	 */
	@Transactional
	public ScheduleImportReport importSchedule(String fileName, byte[] bytes, String slug) {
		importer.checkSlug(slug);
		ScheduleContent content = reader.read(bytes);
		return importer.write(content, slug, fileName);
	}

}
