package org.plumbline.cfp;

import java.util.List;
import java.util.UUID;

/**
 * A topic its first speaker has confirmed, as the public pages show it.
 *
 * @param abstractText Markdown, to be rendered through the sanitiser
 * @param speakerNames in order, each as written on the topic
 */
public record ConfirmedTopic(UUID guid, String title, String abstractText, int durationMinutes,
		List<String> speakerNames) {

	public ConfirmedTopic {
		speakerNames = List.copyOf(speakerNames);
	}

}
