package org.plumbline.text;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/** HTML that has passed the sanitiser, so templates may write it as it is. */
public record SafeHtml(String html) implements Content {

	@Override
	public void writeTo(TemplateOutput output) {
		output.writeContent(html);
	}

	@Override
	public boolean isEmptyContent() {
		return html.isEmpty();
	}

}
