package org.plumbline.importer;

/**
 * An import of another system's schedule refused before reading the file: the slug asked
 * for is malformed, reserved or taken. Nothing was written.
 */
public class ScheduleImportRefusedException extends RuntimeException {

	public ScheduleImportRefusedException(String message) {
		super(message);
	}

}
