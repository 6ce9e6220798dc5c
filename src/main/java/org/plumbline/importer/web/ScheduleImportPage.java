package org.plumbline.importer.web;

import java.util.List;

import org.plumbline.importer.EventFileProblem;
import org.plumbline.importer.ScheduleImportReport;
import org.plumbline.validation.FormErrors;

/**
 * What the schedule import page shows: the form (with the slug as typed and why the last
 * try imported nothing), or the report of an import.
 *
 * @param problems why the file cannot be read, each with its place
 * @param report the import's report, or null before one
 */
public record ScheduleImportPage(String action, String slug, FormErrors errors, List<EventFileProblem> problems,
		ScheduleImportReport report) {

}
