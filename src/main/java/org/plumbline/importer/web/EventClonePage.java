package org.plumbline.importer.web;

import org.plumbline.importer.EventCloner;
import org.plumbline.importer.EventCloneRequest;
import org.plumbline.importer.EventCloneDefaults;

import org.plumbline.event.Event;
import org.plumbline.validation.FormErrors;

/** The clone form of an event: what it proposes or what was typed, and the problems. */
public record EventClonePage(Event source, EventCloneRequest form, FormErrors errors) {

	public String path() {
		return "/manage/" + source.slug() + "/clone";
	}

	public int minWeeks() {
		return EventCloner.MIN_WEEKS;
	}

	public int maxWeeks() {
		return EventCloner.MAX_WEEKS;
	}

	/** The weeks the form proposed, to say why. */
	public int proposedWeeks() {
		return EventCloneDefaults.weeks(source);
	}

}
