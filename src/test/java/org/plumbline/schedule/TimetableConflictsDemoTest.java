package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The checker on the demo event the app loads on its first start: LPC 2023's 18 MCs,
 * Rooms 1–3 and six half-day blocks, with its people joined by the importer.
 */
@SpringBootTest(properties = "plumbline.demo.enabled=true")
@ActiveProfiles("test")
class TimetableConflictsDemoTest {

	private static final int ROOMS_PER_BLOCK = 3;

	@Autowired
	TimetableConflicts conflicts;

	@Autowired
	EventCatalog catalog;

	@Autowired
	Microconferences microconferences;

	private Event event;

	private List<Microconference> mcs;

	private List<Room> rooms;

	private List<TimeBlock> blocks;

	@BeforeEach
	void readTheDemo() {
		event = catalog.findBySlug("lpc2023").orElseThrow();
		mcs = microconferences.forEvent(event.id());
		rooms = catalog.rooms(event.id());
		blocks = catalog.timeBlocks(event.id());
		assertThat(mcs).hasSize(18);
		assertThat(rooms).extracting(Room::name).containsExactly("Room 1", "Room 2", "Room 3");
		assertThat(blocks).hasSize(6);
	}

	@Test
	void theSeedsOrderFillingHalfDaysAndRoomsInTurnClashesTracingAndVfioThroughPeterZijlstra() {
		List<Placement> placements = new ArrayList<>();
		for (int i = 0; i < mcs.size(); i++) {
			placements.add(new Placement(mcs.get(i).id(), rooms.get(i % ROOMS_PER_BLOCK).id(),
					blocks.get(i / ROOMS_PER_BLOCK).id()));
		}

		assertThat(conflicts.check(event.id(), placements)).extracting(Conflict::level, Conflict::words)
			.containsExactly(tuple(ConflictLevel.MEDIUM,
					"Peter Zijlstra: Tracing (Room 2) and VFIO/IOMMU/PCI (Room 3), Wed 15:00–18:30"));
	}

	@Test
	void stevenRostedtLeadingTracingAndRealTimeInParallelIsHard() {
		List<Conflict> found = conflicts.check(event.id(),
				List.of(placed("tracing", 1, 0), placed("real-time-scheduling", 2, 0)));

		assertThat(found).extracting(Conflict::level, Conflict::words)
			.containsExactly(
					tuple(ConflictLevel.MEDIUM,
							"Daniel Bristot de Oliveira: Tracing (Room 2) and Real-time and Scheduling MC (Room 3), "
									+ "Mon 10:00–13:30"),
					tuple(ConflictLevel.HARD,
							"Steven Rostedt: Tracing (Room 2) and Real-time and Scheduling MC (Room 3), Mon 10:00–13:30"));
	}

	@Test
	void danWilliamsLeadingCxlWhileAKeyAttendeeOfVfioIsMedium() {
		List<Conflict> found = conflicts.check(event.id(),
				List.of(placed("cxl", 0, 1), placed("vfio-iommu-pci", 1, 1)));

		assertThat(found).extracting(Conflict::level, Conflict::words)
			.containsExactly(
					tuple(ConflictLevel.MEDIUM,
							"Dan Williams: Compute Express Link (CXL) (Room 1) and VFIO/IOMMU/PCI (Room 2), "
									+ "Mon 15:00–18:30"),
					tuple(ConflictLevel.MEDIUM, "Jonathan Cameron: Compute Express Link (CXL) (Room 1) and "
							+ "VFIO/IOMMU/PCI (Room 2), Mon 15:00–18:30"));
	}

	@Test
	void joergRoedelUnderBothSpellingsIsOnePersonCountedOnce() {
		Microconference vfio = mc("vfio-iommu-pci");
		long roedel = mc("confidential-computing").leads()
			.stream()
			.filter(lead -> lead.nameAsWritten().equals("Joerg Roedel"))
			.findFirst()
			.orElseThrow()
			.personId();
		assertThat(vfio.keyAttendees()).filteredOn(attendee -> attendee.nameAsWritten().equals("Jörg Rödel"))
			.extracting(Microconference.KeyAttendee::personId)
			.containsExactly(roedel);

		List<Conflict> found = conflicts.check(event.id(),
				List.of(placed("confidential-computing", 0, 2), placed("vfio-iommu-pci", 1, 2)));

		assertThat(found).extracting(Conflict::level, Conflict::words)
			.containsExactly(tuple(ConflictLevel.HARD,
					"Joerg Roedel: Confidential Computing (Room 1) and VFIO/IOMMU/PCI (Room 2), Tue 10:00–13:30"));
	}

	@Test
	void twoMcsInOneRoomAtOnceAreAHardConflict() {
		List<Conflict> found = conflicts.check(event.id(), List.of(placed("rust", 0, 5), placed("iot", 0, 5)));

		assertThat(found).extracting(Conflict::level, Conflict::rule, Conflict::words)
			.containsExactly(tuple(ConflictLevel.HARD, ConflictRule.ROOM_USED_TWICE,
					"Room 1: Internet of Things and Rust, Wed 15:00–18:30"));
	}

	@Test
	void aTimetableWithNoLeadOrKeyAttendeeInTwoPlacesExists() {
		List<List<Microconference>> byBlock = new ArrayList<>();
		blocks.forEach(block -> byBlock.add(new ArrayList<>()));
		assertThat(fill(0, byBlock)).as("a timetable without a shared lead or key attendee per block").isTrue();

		List<Placement> placements = new ArrayList<>();
		for (int block = 0; block < byBlock.size(); block++) {
			for (int room = 0; room < byBlock.get(block).size(); room++) {
				placements.add(
						new Placement(byBlock.get(block).get(room).id(), rooms.get(room).id(), blocks.get(block).id()));
			}
		}

		assertThat(placements).hasSize(18);
		assertThat(conflicts.check(event.id(), placements)).isEmpty();
	}

	@Test
	void aPlacementInARoomOfNoSuchEventIsRefused() {
		Placement nowhere = new Placement(mc("rust").id(), Long.MAX_VALUE, blocks.getFirst().id());

		assertThatIllegalArgumentException().isThrownBy(() -> conflicts.check(event.id(), List.of(nowhere)))
			.withMessage("no room " + Long.MAX_VALUE + " in event lpc2023");
	}

	/**
	 * A tiny depth-first search: the MCs in the seed's order, each into the first block
	 * with a free room and none of its people; an empty block is tried once, since empty
	 * blocks are alike.
	 */
	private boolean fill(int next, List<List<Microconference>> byBlock) {
		if (next == mcs.size()) {
			return true;
		}
		Microconference mc = mcs.get(next);
		for (List<Microconference> block : byBlock) {
			boolean fits = block.size() < ROOMS_PER_BLOCK
					&& block.stream().allMatch(other -> Collections.disjoint(people(other), people(mc)));
			if (fits) {
				block.add(mc);
				if (fill(next + 1, byBlock)) {
					return true;
				}
				block.removeLast();
			}
			if (block.isEmpty()) {
				return false;
			}
		}
		return false;
	}

	private static Set<Long> people(Microconference mc) {
		Set<Long> ids = new HashSet<>();
		mc.leads().forEach(lead -> ids.add(lead.personId()));
		mc.keyAttendees().forEach(attendee -> ids.add(attendee.personId()));
		return ids;
	}

	private Placement placed(String slug, int room, int block) {
		return new Placement(mc(slug).id(), rooms.get(room).id(), blocks.get(block).id());
	}

	private Microconference mc(String slug) {
		return mcs.stream().filter(mc -> mc.slug().equals(slug)).findFirst().orElseThrow();
	}

}
