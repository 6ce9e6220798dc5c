package org.plumbline.generator;

import java.time.LocalDate;

/**
 * What a generation made, for its one-line answer.
 *
 * @param accounts verified accounts, the organiser among them
 * @param microconferences MCs proposed, accepted or not
 * @param acceptedMicroconferences those accepted, each with its call for topics
 * @param reviews reviews the MCs' leads gave their topics
 * @param sessions MC sessions in the released timetable
 * @param talks talks placed in those sessions
 * @param registrations active registrations: holding a place, offered one or waiting
 * @param offers places offered to people in a waiting line and not yet taken
 * @param slides talks with slides attached
 * @param recordedSessions sessions that had ended, each with its recording
 * @param feedback feedback given on the talks that had started
 */
public record GeneratedEvent(String slug, String name, LocalDate startDate, LocalDate endDate, int accounts,
		int microconferences, int acceptedMicroconferences, int topics, int accepted, int reviews, int sessions,
		int talks, int registrations, int offers, int slides, int recordedSessions, int feedback) {

	public String summary() {
		return "Generated " + slug + " (" + name + ", " + startDate + " to " + endDate + "): " + accounts
				+ " accounts, " + microconferences + " MCs (" + acceptedMicroconferences + " accepted), " + topics
				+ " topics (" + accepted + " accepted), " + reviews + " reviews, " + sessions + " sessions with "
				+ talks + " talks released, " + registrations + " registrations, " + offers + " open offers, " + slides
				+ " talks with slides, " + recordedSessions + " sessions recorded, " + feedback + " feedback";
	}

}
