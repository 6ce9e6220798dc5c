package org.plumbline.site.web;

import java.util.List;

import org.plumbline.cfp.ConfirmedTopic;
import org.plumbline.material.Material;
import org.plumbline.text.Markdown;
import org.plumbline.text.SafeHtml;

/**
 * A confirmed topic on its MC's page: the speakers' names as written, comma-joined, and
 * the abstract through the sanitiser, and its public materials.
 */
public record TalkView(String title, String speakers, int durationMinutes, SafeHtml abstractHtml,
		List<Material> materials) {

	static TalkView of(ConfirmedTopic topic, List<Material> materials) {
		return new TalkView(topic.title(), String.join(", ", topic.speakerNames()), topic.durationMinutes(),
				Markdown.render(topic.abstractText()), materials);
	}

}
