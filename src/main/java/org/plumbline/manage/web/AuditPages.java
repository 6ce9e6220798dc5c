package org.plumbline.manage.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plumbline.account.Rights;
import org.plumbline.account.RoleGrant;
import org.plumbline.account.SignedInAccount;
import org.plumbline.audit.AuditActor;
import org.plumbline.audit.AuditExclusion;
import org.plumbline.audit.AuditLog;
import org.plumbline.audit.AuditRecord;
import org.plumbline.event.Event;
import org.plumbline.review.Conflicts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The audit log, newest first, a page at a time, narrowed by the filters of a GET form,
 * so that a filtered view is a link one can share: an event's log for its organisers, and
 * the site-level entries for the site admin (who alone reaches /admin, by the security
 * configuration).
 */
@Controller
class AuditPages {

	static final int PAGE_SIZE = 50;

	private final OrganisedEvents organisedEvents;

	private final AuditLog auditLog;

	private final Rights rights;

	private final Conflicts conflicts;

	AuditPages(OrganisedEvents organisedEvents, AuditLog auditLog, Rights rights, Conflicts conflicts) {
		this.organisedEvents = organisedEvents;
		this.auditLog = auditLog;
		this.rights = rights;
		this.conflicts = conflicts;
	}

	@GetMapping("/manage/{event}/audit")
	String eventAudit(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			AuditFilter filter, Model model) {
		Event event = organisedEvents.require(slug, me);
		Map<Long, String> team = new TreeMap<>();
		for (RoleGrant grant : rights.team(event.id())) {
			team.putIfAbsent(grant.accountId(), grant.displayName());
		}
		List<AuditExclusion> hidden = conflicts.hiddenFromAudit(event.id(), me.id());
		return page(new AuditScope(event), hidden, filter, auditLog.actions(event.id(), hidden),
				auditLog.objectTypes(event.id(), hidden), team, model);
	}

	@GetMapping("/admin/audit")
	String siteAudit(AuditFilter filter, Model model) {
		Map<Long, String> actors = new TreeMap<>();
		for (AuditActor actor : auditLog.siteLevelActors()) {
			actors.put(actor.accountId(), actor.name());
		}
		return page(AuditScope.SITE, List.of(), filter, auditLog.siteLevelActions(), auditLog.siteLevelObjectTypes(),
				actors, model);
	}

	/**
	 * @param hidden the entries the viewer must not read: about the topics they are
	 * conflicted with, and those topics' reviews
	 * @param knownActors the actor filter's choices by account id: the event's team, or
	 * the accounts that acted on the site
	 */
	private String page(AuditScope scope, List<AuditExclusion> hidden, AuditFilter filter, List<String> actions,
			List<String> objectTypes, Map<Long, String> knownActors, Model model) {
		List<AuditRecord> found = List.of();
		String refusal = null;
		try {
			// one more than a page, to know whether an older page exists
			found = auditLog.find(filter.query(scope).withLimit(PAGE_SIZE + 1), hidden);
		}
		catch (IllegalArgumentException refused) {
			refusal = refused.getMessage();
		}
		List<AuditRecord> entries = found.subList(0, Math.min(found.size(), PAGE_SIZE));
		model.addAttribute("scope", scope);
		model.addAttribute("filter", filter);
		model.addAttribute("refusal", refusal);
		model.addAttribute("entries", entries);
		model.addAttribute("olderLink",
				found.size() > PAGE_SIZE ? filter.link(scope.path(), entries.getLast().id()) : null);
		model.addAttribute("newestLink", filter.older() != null ? filter.link(scope.path(), null) : null);
		model.addAttribute("actions", actions);
		model.addAttribute("objectTypes", objectTypes);
		model.addAttribute("actors", actors(knownActors, filter.actorId(), entries));
		return "manage/audit";
	}

	/**
	 * The actor filter's choices: the known actors, and the chosen actor if they are not
	 * among them (a site admin on an event's page, or someone whose role was revoked
	 * since).
	 */
	private static List<ActorChoice> actors(Map<Long, String> knownActors, Long chosen, List<AuditRecord> entries) {
		Map<Long, String> names = new TreeMap<>(knownActors);
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
