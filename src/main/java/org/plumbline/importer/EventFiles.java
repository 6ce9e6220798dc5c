package org.plumbline.importer;

import org.plumbline.importer.domain.EventFileContent;
import org.plumbline.importer.domain.EventFileExporter;
import org.plumbline.importer.domain.EventFileImporter;
import org.plumbline.importer.domain.EventFileValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The importer feature's facade: event data files (docs/event-data-file.md) in and out.
 * An import is all or nothing: every problem of the file is found before the first write,
 * and a refusal by the database later rolls back everything written before it.
 */
@Service
public class EventFiles {

	private final EventFileValidator validator;

	private final EventFileImporter importer;

	private final EventFileExporter exporter;

	EventFiles(EventFileValidator validator, EventFileImporter importer, EventFileExporter exporter) {
		this.validator = validator;
		this.importer = importer;
		this.exporter = exporter;
	}

	/**
	 * Imports one event from the bytes of an event data file.
	 * @param replace whether an existing event with the file's slug is deleted and
	 * imported again; without it, an existing slug is a problem of the file
	 * @throws EventFileException with every problem found; nothing was written
	 */
	@Transactional
	public ImportResult importFile(byte[] json, boolean replace) {
		EventFileContent content = validator.validate(json, replace);
		return importer.write(content, replace);
	}

	/**
	 * The event as an event data file: UTF-8, pretty-printed, the same bytes for the same
	 * stored event; with what of its timetable the format could not carry. Read as one
	 * snapshot: the server may be taking registrations meanwhile, and a pass, question or
	 * material added or removed between two of the export's reads would make a file that
	 * does not hold together.
	 * @throws UnknownEventException if no event has the slug
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ExportedEventFile export(String slug) {
		return exporter.export(slug);
	}

}
