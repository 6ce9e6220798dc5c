package org.plumbline.importer.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.plumbline.account.SignedInAccount;
import org.plumbline.cli.CommandLineContexts;
import org.plumbline.importer.EventFileException;
import org.plumbline.importer.EventFileProblem;
import org.plumbline.importer.ScheduleImportRefusedException;
import org.plumbline.importer.ScheduleImportReport;
import org.plumbline.importer.ScheduleImports;
import org.plumbline.importer.domain.DatabaseRefusal;
import org.plumbline.validation.FormErrors;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The site admin imports an event from another system's schedule file (issue 14, point
 * 5): a file and the new event's slug; the format is told by the content. The answer is
 * the import's report, or the form again with why nothing was imported. Only site admins
 * reach {@code /admin/**} (the security configuration answers 404 to anyone else).
 */
@Controller
class ScheduleImportPages {

	static final String PATH = "/admin/events/import";

	private static final Logger log = LoggerFactory.getLogger(ScheduleImportPages.class);

	private final ScheduleImports imports;

	ScheduleImportPages(ScheduleImports imports) {
		this.imports = imports;
	}

	@GetMapping(PATH)
	String form(CsrfToken csrf, Model model) {
		return page("", FormErrors.NONE, List.of(), null, csrf, model);
	}

	@PostMapping(PATH)
	String importSchedule(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "slug", required = false) String slug, @AuthenticationPrincipal SignedInAccount me,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		String typedSlug = slug == null ? "" : slug.strip();
		if (file == null || file.isEmpty()) {
			return refused(typedSlug, FormErrors.field("file", "Choose the schedule file to import."), List.of(), csrf,
					model, response);
		}
		String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "the file"
				: file.getOriginalFilename();
		String tooLarge = ScheduleImports.tooLarge(fileName, file.getSize());
		if (tooLarge != null) {
			return refused(typedSlug, FormErrors.field("file", "Nothing was imported: " + tooLarge + "."), List.of(),
					csrf, model, response);
		}
		try {
			ScheduleImportReport report = imports.importSchedule(fileName, bytes(file), typedSlug, me.id());
			return page("", FormErrors.NONE, List.of(), report, csrf, model);
		}
		catch (ScheduleImportRefusedException refused) {
			return refused(typedSlug, FormErrors.field("slug", upperFirst(refused.getMessage()) + "."), List.of(), csrf,
					model, response);
		}
		catch (EventFileException unreadable) {
			return refused(typedSlug,
					FormErrors.field("file", "Nothing was imported: " + fileName + " cannot be read."),
					unreadable.problems(), csrf, model, response);
		}
		catch (DuplicateKeyException duplicate) {
			// A backstop: the checks before each write keep the file's values apart from
			// what is stored, so this is most likely an event made meanwhile under the
			// slug.
			return refused(typedSlug,
					FormErrors.form("Nothing was imported: the database refused a duplicate, perhaps an event made "
							+ "meanwhile under the same slug (" + DatabaseRefusal.reason(duplicate)
							+ "). Try again, or with another slug."),
					List.of(), csrf, model, response);
		}
		catch (DataAccessException refusedByTheDatabase) {
			return refused(typedSlug, FormErrors.form("Nothing was imported: the database refused the event: "
					+ DatabaseRefusal.reason(refusedByTheDatabase) + "."), List.of(), csrf, model, response);
		}
		catch (RuntimeException unexpected) {
			// The import's transaction is rolled back already; the admin learns that
			// nothing
			// was written and why, the log keeps the trace for whoever mends the
			// importer.
			log.warn("Schedule import of {} as {} failed", fileName, typedSlug, unexpected);
			return refused(typedSlug,
					FormErrors.form("Nothing was imported: " + CommandLineContexts.firstLine(unexpected) + "."),
					List.of(), csrf, model, response);
		}
	}

	/** The form again, answered 400 so that a script sees nothing was imported. */
	private static String refused(String slug, FormErrors errors, List<EventFileProblem> problems, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return page(slug, errors, problems, null, csrf, model);
	}

	private static String page(String slug, FormErrors errors, List<EventFileProblem> problems,
			ScheduleImportReport report, CsrfToken csrf, Model model) {
		model.addAttribute("page", new ScheduleImportPage(PATH, slug, errors, problems, report));
		model.addAttribute("csrf", csrf);
		return "importer/schedule";
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException unreadable) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the file could not be read");
		}
	}

	private static String upperFirst(String message) {
		return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
	}

}
