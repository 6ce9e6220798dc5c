package org.plumbline.site.web;

import java.util.List;

import org.plumbline.cfp.PublishedTopics;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.McProposals;
import org.plumbline.microconference.Microconferences;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An event's MCs on one page, with a table of contents, and each MC on a page of its own
 * with its confirmed topics.
 */
@Controller
class MicroconferencePages {

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final TopicCalls calls;

	private final PublishedTopics topics;

	private final McProposals proposals;

	MicroconferencePages(EventCatalog events, Microconferences microconferences, TopicCalls calls,
			PublishedTopics topics, McProposals proposals) {
		this.events = events;
		this.microconferences = microconferences;
		this.calls = calls;
		this.topics = topics;
		this.proposals = proposals;
	}

	@GetMapping("/" + EventPages.EVENT + "/microconferences")
	String list(@PathVariable("event") String slug, Model model) {
		Event event = EventPages.find(events, slug);
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
	String one(@PathVariable("event") String slug, @PathVariable("mc") String mcSlug, Model model) {
		Event event = EventPages.find(events, slug);
		Microconference mc = microconferences.findPublished(event.id(), mcSlug)
			.orElseThrow(() -> PageNotFoundException.unknownMicroconference(event, mcSlug));
		model.addAttribute("event", event);
		model.addAttribute("mc", McView.of(event.slug(), mc));
		model.addAttribute("talks", topics.confirmedOf(mc.id()).stream().map(TalkView::of).toList());
		// The link depends on the clock only, never on who asks: the page stays the same
		// for every visitor.
		model.addAttribute("topicForm",
				calls.openCallOf(event.id(), mc.id()).map(call -> call.newTopicPath(event.slug())).orElse(null));
		return "site/microconference";
	}

}
