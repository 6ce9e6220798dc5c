package org.plumbline.material.web;

import java.util.List;

import org.plumbline.event.Event;
import org.plumbline.material.Material;
import org.plumbline.material.MaterialFormat;
import org.plumbline.material.MaterialTalk;
import org.plumbline.material.TalkMaterials;

/** A talk's materials page: its materials, private ones too, and the forms. */
public record MaterialsPage(Event event, MaterialTalk talk, List<Material> materials, long maxFileSize,
		MaterialForms forms) {

	public String path() {
		return MaterialPages.path(event, talk.topicId());
	}

	public String maxFileSizeShown() {
		return maxFileSize % (1024 * 1024) == 0 ? maxFileSize / (1024 * 1024) + " MB" : maxFileSize + " bytes";
	}

	public String extensions() {
		return MaterialFormat.EXTENSIONS;
	}

	public int maxTitleLength() {
		return TalkMaterials.MAX_TITLE_LENGTH;
	}

	public int maxUrlLength() {
		return TalkMaterials.MAX_URL_LENGTH;
	}

	/** The title a material's form shows: what was typed, if its change was refused. */
	public String titleOf(Material material) {
		return forms.changeErrors(material.id()).form() != null ? forms.title() : material.title();
	}

	/**
	 * Whether a material's form shows it private: as typed, if its change was refused.
	 */
	public boolean privateOf(Material material) {
		return forms.changeErrors(material.id()).form() != null ? forms.privateMaterial() : material.privateMaterial();
	}

}
