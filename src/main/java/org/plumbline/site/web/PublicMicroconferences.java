package org.plumbline.site.web;

import java.util.List;
import java.util.Optional;

import org.plumbline.event.Event;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;

/** The MCs the public sees: accepted ones only (DOMAIN.md: public pages see the state, not a pending one). */
final class PublicMicroconferences {

	private PublicMicroconferences() {
	}

	static List<Microconference> of(Microconferences microconferences, Event event) {
		return microconferences.forEvent(event.id()).stream().filter(PublicMicroconferences::isPublic).toList();
	}

	static Optional<Microconference> find(Microconferences microconferences, Event event, String slug) {
		return microconferences.find(event.id(), slug).filter(PublicMicroconferences::isPublic);
	}

	private static boolean isPublic(Microconference mc) {
		return mc.status() == McStatus.ACCEPTED;
	}

}
