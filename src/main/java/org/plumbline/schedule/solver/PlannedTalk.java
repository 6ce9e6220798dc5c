package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * A talk as the solver moves it. Its value range holds only the spots where its slots fit
 * in the block and, for a track bound to cells, only those cells, so neither rule needs a
 * constraint. The construction heuristic places the talks in {@link TalkDifficulty}'s
 * order, hardest first.
 */
@PlanningEntity(comparatorClass = TalkDifficulty.class)
public class PlannedTalk {

	@PlanningId
	private String id;

	private Talk talk;

	private Track track;

	private TalkFacts facts;

	@ValueRangeProvider(id = "spots")
	private List<Spot> possibleSpots;

	@PlanningVariable(valueRangeProviderRefs = "spots")
	private Spot spot;

	@PlanningPin
	private boolean pinned;

	/** For Timefold's solution cloner. */
	public PlannedTalk() {
	}

	PlannedTalk(Talk talk, Track track, TalkFacts facts, List<Spot> possibleSpots, Spot spot, boolean pinned) {
		this.id = talk.id();
		this.talk = talk;
		this.track = track;
		this.facts = facts;
		this.possibleSpots = possibleSpots;
		this.spot = spot;
		this.pinned = pinned;
	}

	// Timefold 2.x reads, writes and clones the entity through public getters and
	// setters.

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public List<Spot> getPossibleSpots() {
		return possibleSpots;
	}

	public void setPossibleSpots(List<Spot> possibleSpots) {
		this.possibleSpots = possibleSpots;
	}

	public Spot getSpot() {
		return spot;
	}

	public void setSpot(Spot spot) {
		this.spot = spot;
	}

	public boolean isPinned() {
		return pinned;
	}

	public void setPinned(boolean pinned) {
		this.pinned = pinned;
	}

	String id() {
		return id;
	}

	Talk talk() {
		return talk;
	}

	Track track() {
		return track;
	}

	String trackId() {
		return track.id();
	}

	Spot spot() {
		return spot;
	}

	String blockId() {
		return spot.block().id();
	}

	String roomId() {
		return spot.room().id();
	}

	TalkFacts facts() {
		return facts;
	}

	Session session() {
		return new Session(spot, track, facts.trackIndex(), facts.chairs());
	}

	int slots() {
		return talk.slots();
	}

	int firstSlot() {
		return spot.firstSlot();
	}

	int endSlot() {
		return spot.firstSlot() + talk.slots();
	}

	long interest() {
		return talk.interest();
	}

	/**
	 * Everyone this talk's session needs: its track's key attendees (as such), its
	 * track's chairs and its presenters.
	 */
	List<PersonInSession> peopleNeeded() {
		Session session = session();
		List<PersonInSession> needed = new ArrayList<>();
		for (int person : facts.keyAttendeeList()) {
			needed.add(new PersonInSession(person, session, true));
		}
		for (int person : facts.chairList()) {
			needed.add(new PersonInSession(person, session, false));
		}
		for (int person : facts.presenterList()) {
			needed.add(new PersonInSession(person, session, false));
		}
		return needed;
	}

	/** How many slots this talk and another in the same block both fill. */
	long overlappingSlots(PlannedTalk other) {
		return Math.max(0, Math.min(endSlot(), other.endSlot()) - Math.max(firstSlot(), other.firstSlot()));
	}

	@Override
	public String toString() {
		return "talk " + id + (spot == null ? "" : " at " + spot);
	}

}
