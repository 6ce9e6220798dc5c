package org.plumbline.cfp;

/**
 * A speaker's answer to an accepted topic, as the link's page and the topic's page show
 * it.
 *
 * @param speaker the speaker the answer belongs to, under the name as written on the
 * topic
 * @param answer CONFIRMED or DECLINED, or {@code null} while the speaker may still answer
 * @param firstSpeaker whether the speaker's answer decides the topic (DOMAIN.md: the
 * topic is confirmed or declined by its first speaker; a co-speaker who declines leaves
 * it)
 */
public record SpeakerAnswer(Topic topic, Topic.Speaker speaker, TopicState answer, boolean firstSpeaker) {

	/** Whether the speaker may still confirm or decline. */
	public boolean open() {
		return answer == null && (topic.state() == TopicState.ACCEPTED || topic.state() == TopicState.CONFIRMED);
	}

	/** The answer given, in words for the speaker; {@code null} while none is. */
	public String inWords() {
		if (answer == null) {
			return null;
		}
		if (answer == TopicState.CONFIRMED) {
			return "You confirmed this topic: thank you, we look forward to your talk.";
		}
		return firstSpeaker ? "You declined this topic: it will not be in the program."
				: "You declined this topic: you are no longer one of its speakers.";
	}

}
