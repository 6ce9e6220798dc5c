package org.plumbline.site.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.plumbline.cfp.ConfirmedTopic;
import org.plumbline.cfp.PublishedTopics;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.material.Material;
import org.plumbline.material.RecordingIndex;
import org.plumbline.material.Recordings;
import org.plumbline.material.TalkMaterials;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.McProposals;
import org.plumbline.microconference.Microconferences;
import org.plumbline.pagecache.SharedPages;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.schedule.SessionKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An event's MCs on one page, with a table of contents, and each MC on a page of its own
 * with its confirmed topics and its sessions in the released schedule, each with its
 * recording.
 */
@Controller
class MicroconferencePages {

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final TopicCalls calls;

	private final PublishedTopics topics;

	private final McProposals proposals;

	private final PublishedSchedule schedule;

	private final TalkMaterials materials;

	private final Recordings recordings;

	MicroconferencePages(EventCatalog events, Microconferences microconferences, TopicCalls calls,
			PublishedTopics topics, McProposals proposals, PublishedSchedule schedule, TalkMaterials materials,
			Recordings recordings) {
		this.events = events;
		this.microconferences = microconferences;
		this.calls = calls;
		this.topics = topics;
		this.proposals = proposals;
		this.schedule = schedule;
		this.materials = materials;
		this.recordings = recordings;
	}

	@GetMapping("/" + EventPages.EVENT + "/microconferences")
	String list(@PathVariable("event") String slug, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Event event = EventPages.find(events, slug);
		Instant now = calls.now();
		SharedPages.sameForEveryoneUntil(request, response,
				proposals.call(event.id()).flatMap(call -> call.nextChangeAfter(now)));
		List<McView> mcs = microconferences.published(event.id())
			.stream()
			.map(mc -> McView.of(event.slug(), mc))
			.toList();
		model.addAttribute("event", event);
		model.addAttribute("microconferences", mcs);
		// Like "Submit a topic": the link depends on the clock only, never on who asks.
		model.addAttribute("proposeForm", proposals.isOpen(event.id()) ? ProposalPages.formPath(event.slug()) : null);
		return "site/microconferences";
	}

	@GetMapping("/" + EventPages.EVENT + "/microconferences/{mc}")
	String one(@PathVariable("event") String slug, @PathVariable("mc") String mcSlug, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Event event = EventPages.find(events, slug);
		Microconference mc = microconferences.findPublished(event.id(), mcSlug)
			.orElseThrow(() -> PageNotFoundException.unknownMicroconference(event, mcSlug));
		Instant now = calls.now();
		SharedPages.sameForEveryoneUntil(request, response,
				calls.find(event.id(), mc.slug()).flatMap(call -> call.nextChangeAfter(now)));
		model.addAttribute("event", event);
		model.addAttribute("mc", McView.of(event.slug(), mc));
		model.addAttribute("mcId", mc.id());
		List<ConfirmedTopic> confirmed = topics.confirmedOf(mc.id());
		Map<UUID, List<Material>> publicMaterials = materials
			.publicOf(confirmed.stream().map(ConfirmedTopic::guid).toList());
		model.addAttribute("talks",
				confirmed.stream()
					.map(topic -> TalkView.of(topic, publicMaterials.getOrDefault(topic.guid(), List.of())))
					.toList());
		model.addAttribute("sessions", scheduledSessionsOf(event, mc));
		// The link depends on the clock only, never on who asks: the page stays the same
		// for every visitor.
		model.addAttribute("topicForm",
				calls.openCallOf(event.id(), mc.id()).map(call -> call.newTopicPath(event.slug())).orElse(null));
		return "site/microconference";
	}

	/**
	 * Where and when the released schedule has the MC, each session with its recording
	 * once it has one; empty before a release.
	 */
	private List<RecordedAppearance> scheduledSessionsOf(Event event, Microconference mc) {
		return schedule.latest(event).map(released -> {
			RecordingIndex recorded = recordings.index(event);
			return released.sessions()
				.stream()
				.filter(session -> session.kind() == SessionKind.MICROCONFERENCE
						&& mc.slug().equals(session.trackSlug()))
				.map(session -> new RecordedAppearance(Appearance.ofSession(event, session),
						recorded.ofSession(session.guid()).orElse(null)))
				.toList();
		}).orElse(List.of());
	}

}
