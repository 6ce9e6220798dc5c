package org.plumbline.material;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The file formats a talk's material may have: PDF and the common slide formats. Each
 * names the type its file name stands for and the types its content may be sniffed as:
 * magic bytes cannot tell one Office Open XML package from another (a presentation from a
 * spreadsheet), only from a plain ZIP archive, so a .pptx is accepted when its content is
 * such a package and its name says which.
 */
public enum MaterialFormat {

	PDF("PDF", "application/pdf", Set.of("application/pdf")),

	PPTX("PowerPoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
			Set.of("application/x-tika-ooxml")),

	PPT("PowerPoint 97–2003", "application/vnd.ms-powerpoint",
			Set.of("application/vnd.ms-powerpoint", "application/x-tika-msoffice")),

	ODP("OpenDocument presentation", "application/vnd.oasis.opendocument.presentation",
			Set.of("application/vnd.oasis.opendocument.presentation"));

	/**
	 * The accepted file name endings, as a file picker's {@code accept} and a message
	 * list them.
	 */
	public static final String EXTENSIONS = ".pdf, .pptx, .ppt, .odp";

	private final String shownName;

	private final String mediaType;

	private final Set<String> sniffedTypes;

	MaterialFormat(String shownName, String mediaType, Set<String> sniffedTypes) {
		this.shownName = shownName;
		this.mediaType = mediaType;
		this.sniffedTypes = sniffedTypes;
	}

	public String shownName() {
		return shownName;
	}

	public String mediaType() {
		return mediaType;
	}

	/** Whether content sniffed as this type may be a file of this format. */
	public boolean admitsContent(String sniffedType) {
		return sniffedTypes.contains(sniffedType);
	}

	public static Optional<MaterialFormat> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(format -> format.mediaType.equals(mediaType)).findFirst();
	}

	static String shownNames() {
		return Arrays.stream(values()).map(MaterialFormat::shownName).collect(Collectors.joining(", "));
	}

}
