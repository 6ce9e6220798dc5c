package org.plumbline.material;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The feedback count and mean rating of each talk an account may read the feedback of:
 * every talk for the organisers, their MCs' talks for leads; optionally of one MC or
 * plain track.
 *
 * @param tracks the MCs and plain tracks the filter offers, in timetable order
 * @param chosen the chosen one's slug, or {@code null} for all
 * @param talks by start, then room
 */
public record FeedbackOverview(List<Track> tracks, String chosen, List<TalkTally> talks) {

	public FeedbackOverview {
		tracks = List.copyOf(tracks);
		talks = List.copyOf(talks);
	}

	/** An MC or plain track the filter offers. */
	public record Track(String slug, String title) {
	}

	/** One talk's feedback in figures. */
	public record TalkTally(FeedbackTalk talk, Instant startsAt, int count, double meanRating) {

		public UUID guid() {
			return talk.talk().guid();
		}

		/** The mean rating with one decimal, or empty when nobody gave feedback. */
		public String meanShown() {
			return Ratings.mean(meanRating, count);
		}

	}

}
