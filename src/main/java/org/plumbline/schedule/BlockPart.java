package org.plumbline.schedule;

import java.time.Instant;

import org.plumbline.event.TimeBlock;

/**
 * Which part of a time block an MC session takes (DOMAIN.md, "time block"): the whole
 * block, break included, or one half of it, split at the block's break.
 */
public enum BlockPart {

	WHOLE("Whole block"), BEFORE_BREAK("Before the break"), AFTER_BREAK("After the break");

	private final String inWords;

	BlockPart(String inWords) {
		this.inWords = inWords;
	}

	public String inWords() {
		return inWords;
	}

	/**
	 * @throws TimetableRefusedException for a half of a block that has no break
	 */
	public Instant startsAt(TimeBlock block) {
		return switch (this) {
			case WHOLE, BEFORE_BREAK -> block.startsAt();
			case AFTER_BREAK -> requireBreak(block).breakEndsAt();
		};
	}

	public Instant endsAt(TimeBlock block) {
		return switch (this) {
			case WHOLE, AFTER_BREAK -> block.endsAt();
			case BEFORE_BREAK -> requireBreak(block).breakStartsAt();
		};
	}

	/**
	 * The part a session of this interval takes in the block, or {@code null} if it takes
	 * none exactly.
	 */
	public static BlockPart of(TimeBlock block, Instant startsAt, Instant endsAt) {
		for (BlockPart part : values()) {
			if (part == WHOLE || block.breakStartsAt() != null) {
				if (part.startsAt(block).equals(startsAt) && part.endsAt(block).equals(endsAt)) {
					return part;
				}
			}
		}
		return null;
	}

	private static TimeBlock requireBreak(TimeBlock block) {
		if (block.breakStartsAt() == null) {
			throw new TimetableRefusedException("The block \"" + block.label()
					+ "\" has no break to split it at: place the MC for the whole block.");
		}
		return block;
	}

}
