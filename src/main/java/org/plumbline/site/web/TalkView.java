package org.plumbline.site.web;

import org.plumbline.cfp.ConfirmedTopic;
import org.plumbline.text.Markdown;
import org.plumbline.text.SafeHtml;

/**
 * A confirmed topic on its MC's page: the speakers' names as written, comma-joined, and
 * the abstract through the sanitiser.
 */
public record TalkView(String title, String speakers, int durationMinutes, SafeHtml abstractHtml) {

	static TalkView of(ConfirmedTopic topic) {
		return new TalkView(topic.title(), String.join(", ", topic.speakerNames()), topic.durationMinutes(),
				Markdown.render(topic.abstractText()));
	}

}
