package org.plumbline.overview;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which MCs share an audience: for every two MCs, how many marked both interesting, and
 * whether the draft timetable runs them in parallel.
 *
 * @param mcs the MCs in the matrix, in their order
 * @param shared the markers two MCs share, keyed by {@link #pair}; a pair that shares
 * none is missing
 * @param parallel the pairs, keyed by {@link #pair}, with sessions that overlap in time
 */
public record AudienceMatrix(List<McAudience> mcs, Map<String, Integer> shared, Set<String> parallel) {

	public AudienceMatrix {
		mcs = List.copyOf(mcs);
		shared = Map.copyOf(shared);
		parallel = Set.copyOf(parallel);
	}

	/** The key of a pair of MCs, the same in either order. */
	public static String pair(long oneMc, long otherMc) {
		return Math.min(oneMc, otherMc) + "-" + Math.max(oneMc, otherMc);
	}

	/** How many marked both; for an MC with itself, how many marked it. */
	public int shared(McAudience one, McAudience other) {
		return one.id() == other.id() ? one.interested() : shared.getOrDefault(pair(one.id(), other.id()), 0);
	}

	public boolean parallel(McAudience one, McAudience other) {
		return one.id() != other.id() && parallel.contains(pair(one.id(), other.id()));
	}

	/** The most shared audience of two different MCs in the matrix; 0 without any. */
	public int mostShared() {
		int most = 0;
		for (McAudience one : mcs) {
			for (McAudience other : mcs) {
				if (one.id() < other.id()) {
					most = Math.max(most, shared(one, other));
				}
			}
		}
		return most;
	}

	/** The same figures for the MCs with most interest, at most this many. */
	public AudienceMatrix mostMarked(int limit) {
		return new AudienceMatrix(
				mcs.stream().sorted(Comparator.comparingInt(McAudience::interested).reversed()).limit(limit).toList(),
				shared, parallel);
	}

	/** The same figures for the MCs that the draft places on a day. */
	public AudienceMatrix onDay(LocalDate day) {
		return new AudienceMatrix(mcs.stream().filter(mc -> mc.days().contains(day)).toList(), shared, parallel);
	}

	/**
	 * An MC with how many marked it interesting, and the days (in the event's time zone)
	 * on which the draft timetable has its sessions.
	 */
	public record McAudience(long id, String title, int interested, Set<LocalDate> days) {

		public McAudience {
			days = Set.copyOf(days);
		}

	}

}
