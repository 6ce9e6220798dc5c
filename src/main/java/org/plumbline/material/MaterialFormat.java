package org.plumbline.material;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats a talk's material may have: PDF and the common slide formats. Each
 * names the type its file name stands for, which its content must be sniffed as too (a
 * .pptx's as a package whose main part is a presentation, see
 * {@link org.plumbline.material.domain.ContentSniffer#typeOfOfficePackage}). PowerPoint
 * 97–2003 files (.ppt) are not among them: their OLE2 container is the same for a Word
 * document, an Excel sheet or an installer, and telling them apart needs a parser of that
 * format.
 */
public enum MaterialFormat {

	PDF("PDF", "a", "application/pdf"),

	PPTX("PowerPoint", "a", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),

	ODP("OpenDocument presentation", "an", "application/vnd.oasis.opendocument.presentation");

	/**
	 * The accepted file name endings, as a file picker's {@code accept} and a message
	 * list them.
	 */
	public static final String EXTENSIONS = ".pdf, .pptx, .odp";

	private final String shownName;

	private final String article;

	private final String mediaType;

	MaterialFormat(String shownName, String article, String mediaType) {
		this.shownName = shownName;
		this.article = article;
		this.mediaType = mediaType;
	}

	public String shownName() {
		return shownName;
	}

	/** Its name after the indefinite article it takes: "a PDF", "an OpenDocument …". */
	public String shownWithArticle() {
		return article + " " + shownName;
	}

	public String mediaType() {
		return mediaType;
	}

	/** Whether content sniffed as this type may be a file of this format. */
	public boolean admitsContent(String sniffedType) {
		return mediaType.equals(sniffedType);
	}

	public static Optional<MaterialFormat> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(format -> format.mediaType.equals(mediaType)).findFirst();
	}

}
