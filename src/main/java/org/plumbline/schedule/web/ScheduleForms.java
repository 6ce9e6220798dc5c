package org.plumbline.schedule.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

import org.plumbline.cfp.TopicRefusedException;
import org.plumbline.schedule.BlockPart;
import org.plumbline.schedule.DraftChange;
import org.plumbline.schedule.TimetableNotFoundException;
import org.plumbline.schedule.TimetableRefusedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the timetable's forms send, read as a browser sent it: ids and choices a page put
 * there (an altered one is a 400, never a stack trace), and times an editor typed (a
 * wrong one is told in words). And how a change's outcome reaches the next page.
 */
final class ScheduleForms {

	private ScheduleForms() {
	}

	static long id(String value, String name) {
		try {
			return Long.parseLong(value == null ? "" : value.strip());
		}
		catch (NumberFormatException malformed) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must be a number, not " + value);
		}
	}

	static Long optionalId(String value, String name) {
		return value == null || value.isBlank() ? null : id(value, name);
	}

	static BlockPart part(String value) {
		if (value == null || value.isBlank()) {
			return BlockPart.WHOLE;
		}
		try {
			return BlockPart.valueOf(value.strip());
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "part must be a block part, not " + value);
		}
	}

	/**
	 * "true" or "false", as a hidden field sends it; anything else is an altered form.
	 */
	static boolean flag(String value, String name) {
		if ("true".equals(value) || "false".equals(value)) {
			return Boolean.parseBoolean(value);
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must be true or false, not " + value);
	}

	/** A local time such as "10:30", as a time input sends it. */
	static LocalTime time(String value, String label) {
		try {
			return LocalTime.parse(value == null ? "" : value.strip());
		}
		catch (DateTimeParseException malformed) {
			throw new TimetableRefusedException(label + ": give a time such as 10:30.");
		}
	}

	static LocalDate day(String value) {
		try {
			return LocalDate.parse(value == null ? "" : value.strip());
		}
		catch (DateTimeParseException malformed) {
			throw new TimetableRefusedException("Day: choose one of the event's days.");
		}
	}

	/**
	 * Runs a change and tells its outcome on the next page: what it did and the conflicts
	 * it brought in, or why nothing was changed; 404 if it was not the asker's to make.
	 * @return the redirect to {@code page}
	 */
	static String change(String page, RedirectAttributes redirect, Supplier<DraftChange> change) {
		try {
			DraftChange done = change.get();
			int introduced = done.introduced().size();
			redirect.addFlashAttribute("notice", done.done() + " " + switch (introduced) {
				case 0 -> "It brought in no new conflict.";
				case 1 -> "It brought in 1 new conflict, marked below.";
				default -> "It brought in " + introduced + " new conflicts, marked below.";
			});
			redirect.addFlashAttribute("introduced", done.introduced());
		}
		catch (TimetableRefusedException | TopicRefusedException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage() + " Nothing was changed.");
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("problem", stale.getMessage());
		}
		catch (TimetableNotFoundException notTheirs) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + page;
	}

}
