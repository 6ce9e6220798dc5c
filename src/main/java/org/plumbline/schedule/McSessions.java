package org.plumbline.schedule;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.Microconference;

/**
 * An MC session as the checker sees it: its leads and key attendees are needed for the
 * whole block, break included, since the MC chooses what it discusses when.
 */
final class McSessions {

	private McSessions() {
	}

	/** The session, with its MC's interest against the room's seats. */
	static PlacedSession of(Microconference mc, Room room, TimeBlock block, InterestCounts interest) {
		String key = "mc-" + mc.id() + "/block-" + block.id() + "/room-" + room.id();
		return PlacedSession
			.mcSession(key, mc.title(), new PlacedRoom(room.id(), room.name(), room.position(), room.capacity()),
					block.startsAt(), block.endsAt(), people(mc))
			.withInterest(interest.ofMicroconference(mc.id()));
	}

	static List<NeededPerson> people(Microconference mc) {
		List<NeededPerson> people = new ArrayList<>();
		mc.leads()
			.forEach(lead -> people.add(new NeededPerson(lead.personId(), lead.nameAsWritten(), SessionRole.LEAD)));
		mc.keyAttendees()
			.forEach(attendee -> people
				.add(new NeededPerson(attendee.personId(), attendee.nameAsWritten(), SessionRole.KEY_ATTENDEE)));
		return people;
	}

}
