package org.plumbline.site.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.material.Recordings;
import org.plumbline.material.TalkMaterials;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonProfile;
import org.plumbline.people.PersonProfiles;
import org.plumbline.people.PersonSummary;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;
import org.plumbline.text.Markdown;
import org.plumbline.pagecache.SharedPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A page per talk and per speaker of the released schedule. A talk only in the draft, or
 * a person who neither speaks nor leads in the released version, has no page (404).
 */
@Controller
class TalkPages {

	private final EventCatalog events;

	private final PublishedSchedule published;

	private final PersonDirectory people;

	private final PersonProfiles profiles;

	private final Recordings recordings;

	private final TalkMaterials materials;

	TalkPages(EventCatalog events, PublishedSchedule published, PersonDirectory people, PersonProfiles profiles,
			Recordings recordings, TalkMaterials materials) {
		this.events = events;
		this.published = published;
		this.people = people;
		this.profiles = profiles;
		this.recordings = recordings;
		this.materials = materials;
	}

	@GetMapping("/" + EventPages.EVENT + "/talks/{talk}")
	String talk(@PathVariable("event") String slug, @PathVariable("talk") String talkGuid, Model model,
			HttpServletResponse response) {
		SharedPages.sameForEveryone(response);
		Event event = EventPages.find(events, slug);
		ReleasedSchedule schedule = published.latest(event).orElseThrow(() -> PageNotFoundException.unknownTalk(event));
		for (ScheduledSession session : schedule.sessions()) {
			for (ScheduledTalk talk : session.talks()) {
				if (talk.guid().toString().equals(talkGuid)) {
					model.addAttribute("event", event);
					model.addAttribute("talk", Appearance.ofTalk(event, session, talk));
					model.addAttribute("speakers", ScheduleViews.people(event, talk.speakers()));
					model.addAttribute("abstractHtml", Markdown.render(talk.abstractText()));
					model.addAttribute("topicId", talk.topicId());
					model.addAttribute("recording",
							recordings.index(event).ofTalk(session.guid(), talk.topicId()).orElse(null));
					model.addAttribute("materials",
							materials.publicOf(List.of(talk.guid())).getOrDefault(talk.guid(), List.of()));
					model.addAttribute("calendarPath",
							ScheduleViews.schedulePath(event) + "/export/talks/" + talk.guid() + ".ics");
					return "site/schedule/talk";
				}
			}
		}
		throw PageNotFoundException.unknownTalk(event);
	}

	@GetMapping("/" + EventPages.EVENT + "/speakers/{speaker}")
	String speaker(@PathVariable("event") String slug, @PathVariable("speaker") String personGuid, Model model,
			HttpServletResponse response) {
		SharedPages.sameForEveryone(response);
		Event event = EventPages.find(events, slug);
		PersonSummary person = Guids.parse(personGuid)
			.flatMap(people::findByGuid)
			.orElseThrow(() -> PageNotFoundException.unknownSpeaker(event));
		if (!person.guid().toString().equals(personGuid)) {
			// a merged person's old address: its page is now the one it was merged into
			return "redirect:" + ScheduleViews.speakerPath(event, person.guid());
		}
		ReleasedSchedule schedule = published.latest(event)
			.orElseThrow(() -> PageNotFoundException.unknownSpeaker(event));
		List<Appearance> talks = new ArrayList<>();
		List<Appearance> sessions = new ArrayList<>();
		for (ScheduledSession session : schedule.sessions()) {
			if (session.leads().stream().anyMatch(lead -> lead.personId() == person.id())) {
				sessions.add(Appearance.ofSession(event, session));
			}
			for (ScheduledTalk talk : session.talks()) {
				if (talk.speakers().stream().anyMatch(speaker -> speaker.personId() == person.id())) {
					talks.add(Appearance.ofTalk(event, session, talk));
				}
			}
		}
		if (talks.isEmpty() && sessions.isEmpty()) {
			throw PageNotFoundException.unknownSpeaker(event);
		}
		PersonProfile profile = profiles.profile(person.id());
		model.addAttribute("event", event);
		model.addAttribute("name", profile.displayName());
		model.addAttribute("affiliation", profile.affiliation());
		model.addAttribute("bio", Markdown.render(profile.bio()));
		model.addAttribute("talks", talks);
		model.addAttribute("sessions", sessions);
		return "site/schedule/speaker";
	}

}
