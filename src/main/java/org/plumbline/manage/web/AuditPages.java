package org.plumbline.manage.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plumbline.account.Rights;
import org.plumbline.account.RoleGrant;
import org.plumbline.account.SignedInAccount;
import org.plumbline.audit.AuditLog;
import org.plumbline.audit.AuditRecord;
import org.plumbline.event.Event;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An event's audit log for its organisers: newest first, a page at a time, narrowed by
 * the filters of a GET form, so that a filtered view is a link one can share.
 */
@Controller
class AuditPages {

	static final int PAGE_SIZE = 50;

	private final OrganisedEvents organisedEvents;

	private final AuditLog auditLog;

	private final Rights rights;

	AuditPages(OrganisedEvents organisedEvents, AuditLog auditLog, Rights rights) {
		this.organisedEvents = organisedEvents;
		this.auditLog = auditLog;
		this.rights = rights;
	}

	@GetMapping("/manage/{event}/audit")
	String audit(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, AuditFilter filter,
			Model model) {
		Event event = organisedEvents.require(slug, me);
		List<AuditRecord> found = List.of();
		String refusal = null;
		try {
			// one more than a page, to know whether an older page exists
			found = auditLog.find(filter.query(event.id(), event.timeZone()).withLimit(PAGE_SIZE + 1));
		}
		catch (IllegalArgumentException refused) {
			refusal = refused.getMessage();
		}
		List<AuditRecord> entries = found.subList(0, Math.min(found.size(), PAGE_SIZE));
		String path = "/manage/" + event.slug() + "/audit";
		model.addAttribute("event", event);
		model.addAttribute("filter", filter);
		model.addAttribute("refusal", refusal);
		model.addAttribute("entries", entries);
		model.addAttribute("olderLink", found.size() > PAGE_SIZE ? filter.link(path, entries.getLast().id()) : null);
		model.addAttribute("newestLink", filter.older() != null ? filter.link(path, null) : null);
		model.addAttribute("actions", auditLog.actions(event.id()));
		model.addAttribute("objectTypes", auditLog.objectTypes(event.id()));
		model.addAttribute("actors", actors(event, filter.actorId(), entries));
		model.addAttribute("times", new Times(event.timeZone()));
		return "manage/audit";
	}

	/**
	 * The actor filter's choices: the event's team, and the chosen actor if they are not
	 * on it (a site admin, or someone whose role was revoked since).
	 */
	private List<ActorChoice> actors(Event event, Long chosen, List<AuditRecord> entries) {
		Map<Long, String> names = new TreeMap<>();
		for (RoleGrant grant : rights.team(event.id())) {
			names.putIfAbsent(grant.accountId(), grant.displayName());
		}
		if (chosen != null && !names.containsKey(chosen)) {
			names.put(chosen,
					entries.stream()
						.filter(entry -> chosen.equals(entry.actorAccountId()))
						.map(AuditRecord::actorLabel)
						.findFirst()
						.orElse("Account " + chosen));
		}
		List<ActorChoice> choices = new ArrayList<>();
		names.forEach((id, name) -> choices.add(new ActorChoice(id, name)));
		choices.sort(Comparator.comparing(ActorChoice::name, String.CASE_INSENSITIVE_ORDER));
		return choices;
	}

}
