package org.plumbline.cfp;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.plumbline.event.EventTimes;

/**
 * A Call for Topics: an accepted MC's, or a plain track's, with the window and durations
 * in force (its own where it overrides the event's defaults).
 *
 * @param slug the MC's or the track's slug, which names the call in paths
 * @param name the MC's title or the track's name
 * @param microconferenceId the MC, or {@code null} for a plain track
 * @param plainTrackId the plain track, or {@code null} for an MC
 * @param opensAt when topics may first be saved, or {@code null} while no window is set
 * @param closesAt the deadline, or {@code null} while no window is set
 * @param durations the minutes a topic may last, in order; empty while none are set
 * @param ownOpening whether the opening is the call's own rather than the event's
 * @param ownDeadline whether the deadline is the call's own rather than the event's
 * @param ownDurations whether the durations are the call's own rather than the event's
 * @param version the version of the call's own settings (0 while it has none), for
 * optimistic locking
 */
public record TopicCall(long eventId, String slug, String name, Long microconferenceId, Long plainTrackId,
		Instant opensAt, Instant closesAt, List<Integer> durations, boolean ownOpening, boolean ownDeadline,
		boolean ownDurations, int version) {

	public TopicCall {
		durations = List.copyOf(durations);
	}

	public boolean isMicroconference() {
		return microconferenceId != null;
	}

	public boolean hasWindow() {
		return opensAt != null && closesAt != null;
	}

	/** Whether topics may be saved, edited and withdrawn at this instant. */
	public boolean isOpenAt(Instant now) {
		return hasWindow() && !now.isBefore(opensAt) && now.isBefore(closesAt) && !durations.isEmpty();
	}

	/** The next instant after {@code now} at which the call opens or closes, if any. */
	public Optional<Instant> nextChangeAfter(Instant now) {
		return hasWindow() ? Stream.of(opensAt, closesAt).filter(now::isBefore).findFirst() : Optional.empty();
	}

	public boolean opensAfter(Instant now) {
		return hasWindow() && now.isBefore(opensAt);
	}

	public boolean closedAt(Instant now) {
		return hasWindow() && !now.isBefore(closesAt);
	}

	/**
	 * Why topics cannot be saved at this instant, in words for a speaker that name the
	 * dates in the event's zone; {@code null} while the call is open.
	 */
	public String refusal(Instant now, ZoneId zone) {
		if (isOpenAt(now)) {
			return null;
		}
		if (!hasWindow() || durations.isEmpty()) {
			return "The call for topics of " + name + " has no dates yet.";
		}
		if (opensAfter(now)) {
			return "The call for topics of " + name + " opens on " + EventTimes.shown(opensAt, zone) + ".";
		}
		return "The call for topics of " + name + " closed on " + EventTimes.shown(closesAt, zone)
				+ "; topics can no longer be saved, edited or withdrawn.";
	}

	/** The path of its submission form. */
	public String newTopicPath(String eventSlug) {
		return "/" + eventSlug + "/calls/" + slug + "/topics/new";
	}

}
