package org.plumbline.registration.web;

import java.util.List;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.csv.SpreadsheetCsv;
import org.plumbline.event.Event;
import org.plumbline.registration.Prices;
import org.plumbline.registration.Registration;
import org.plumbline.registration.RegistrationList;
import org.plumbline.registration.RegistrationListing.ListedRegistration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The organisers' list of an event's registrations, and the same rows as a CSV file.
 * Anyone who does not organise the event is told neither exists.
 */
@Controller
class RegistrationListPages {

	private final Rights rights;

	private final RegistrationList list;

	RegistrationListPages(Rights rights, RegistrationList list) {
		this.rights = rights;
		this.list = list;
	}

	@GetMapping("/manage/{event}/registration")
	String list(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			RegistrationFilter filter, Model model) {
		Event event = organised(slug, me);
		model.addAttribute("page", new RegistrationListPage(event, list.page(event, me.id(), filter.query()), filter));
		return "registration/list";
	}

	@GetMapping("/manage/{event}/registration/export.csv")
	ResponseEntity<byte[]> export(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			RegistrationFilter filter) {
		Event event = organised(slug, me);
		List<ListedRegistration> rows = list.all(event, me.id(), filter.query());
		return SpreadsheetCsv.download(event.slug() + "-registrations.csv", csv(event, rows));
	}

	/** The rows with every time on the event's clock, its zone named in the header. */
	static String csv(Event event, List<ListedRegistration> rows) {
		String zone = " (" + event.timeZone().getId() + ")";
		return SpreadsheetCsv.text(printer -> {
			printer.printRecord("Reference", "Name", "Email", "Ticket type", "Status", "Arrival", "Price", "Currency",
					"Created" + zone, "Payment due" + zone, "Paid" + zone, "Ended" + zone, "Refund due");
			for (ListedRegistration row : rows) {
				Registration registration = row.registration();
				printer.printRecord(registration.reference(), SpreadsheetCsv.inert(row.attendee().displayName()),
						SpreadsheetCsv.inert(row.attendee().email()),
						SpreadsheetCsv.inert(registration.ticketTypeName()), registration.status().words(),
						registration.arrival(), Prices.amount(registration.priceMinor(), registration.currency()),
						registration.currency() == null ? "" : registration.currency(),
						RegistrationListPage.local(registration.createdAt(), event),
						RegistrationListPage.local(registration.paymentDueAt(), event),
						RegistrationListPage.local(registration.paidAt(), event),
						RegistrationListPage.local(registration.endedAt(), event),
						registration.refundDue() ? "yes" : "");
			}
		});
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
