package org.plumbline.material;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Offsets as leads type them, and as pages show them. */
class RecordingOffsetsTest {

	@Test
	void secondsMinutesAndHoursAreReadAndShownBack() {
		assertThat(RecordingOffsets.parse("95")).isEqualTo(95);
		assertThat(RecordingOffsets.parse(" 42:10 ")).isEqualTo(2530);
		assertThat(RecordingOffsets.parse("1:02:03")).isEqualTo(3723);
		assertThat(RecordingOffsets.shown(3723)).isEqualTo("1:02:03");
		assertThat(RecordingOffsets.shown(2530)).isEqualTo("42:10");
		assertThat(RecordingOffsets.shown(5)).isEqualTo("0:05");
	}

	@Test
	void sixtyOrMoreAfterAColonAndAnythingElseIsNoOffset() {
		assertThat(RecordingOffsets.parse("12:75")).isEqualTo(-1);
		assertThat(RecordingOffsets.parse("1:60:00")).isEqualTo(-1);
		assertThat(RecordingOffsets.parse("-5")).isEqualTo(-1);
		assertThat(RecordingOffsets.parse("1h")).isEqualTo(-1);
		assertThat(RecordingOffsets.parse("")).isEqualTo(-1);
	}

	@Test
	void aLinkOpensYouTubeAtItsSecondAndAnyOtherVideoByAMediaFragment() {
		assertThat(new RecordingLink("https://www.youtube.com/watch?v=x&t=10s", "t", 65).href())
			.isEqualTo("https://www.youtube.com/watch?v=x&t=65s");
		assertThat(new RecordingLink("https://youtu.be/x", "t", 65).href()).isEqualTo("https://youtu.be/x?t=65s");
		assertThat(new RecordingLink("https://video.example.org/a.mp4", "t", 65).href())
			.isEqualTo("https://video.example.org/a.mp4#t=65");
		assertThat(new RecordingLink("https://video.example.org/a.mp4", "t", null).href())
			.isEqualTo("https://video.example.org/a.mp4");
	}

}
