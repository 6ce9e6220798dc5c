package org.plumbline.importer.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.plumbline.importer.EventFileException;
import org.plumbline.importer.EventFileProblem;
import org.springframework.stereotype.Component;

/**
 * Tells a schedule file's format by its content (XML or JSON, then the JSON's top level)
 * and reads it with that format's reader.
 */
@Component
public class ScheduleFileReader {

	private final C3vocJsonSchedule c3voc;

	private final FrabXmlSchedule frab;

	private final IndicoJsonSchedule indico;

	private final Clock clock;

	ScheduleFileReader(C3vocJsonSchedule c3voc, FrabXmlSchedule frab, IndicoJsonSchedule indico, Clock clock) {
		this.c3voc = c3voc;
		this.frab = frab;
		this.indico = indico;
		this.clock = clock;
	}

	/**
	 * @throws EventFileException if the file is empty, neither XML nor JSON, malformed,
	 * of none of the known formats, or names a time zone that does not exist; nothing of
	 * it is read then
	 */
	public ScheduleContent read(byte[] bytes) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		int first = firstSignificant(bytes);
		if (first < 0) {
			throw new EventFileException(new EventFileProblem("", 0, 0, "the file is empty"));
		}
		if (bytes[first] == '<') {
			return frab.read(bytes, today);
		}
		if (bytes[first] != '{' && bytes[first] != '[') {
			throw new EventFileException(new EventFileProblem("", 1, 1,
					"the file is neither XML nor JSON: expected frab/c3voc schedule XML or JSON, or Indico's export "
							+ "API JSON"));
		}
		LocatedJson json = LocatingJsonReader.read(bytes);
		if (C3vocJsonSchedule.recognises(json.root())) {
			return c3voc.read(json, today);
		}
		if (IndicoJsonSchedule.recognises(json.root())) {
			return indico.read(json, today);
		}
		throw new EventFileException(json.problem("", "unknown format: a c3voc schedule has a \"schedule\" object at "
				+ "the top, an Indico export a \"results\" list; this JSON has neither"));
	}

	/** The index of the first byte that is not white space or a byte order mark. */
	private static int firstSignificant(byte[] bytes) {
		int i = 0;
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			i = 3;
		}
		while (i < bytes.length && Character.isWhitespace(bytes[i])) {
			i++;
		}
		return i < bytes.length ? i : -1;
	}

}
