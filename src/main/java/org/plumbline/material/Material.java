package org.plumbline.material;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A file or a link on a talk.
 *
 * @param privateMaterial seen only by the talk's speakers, its MC's leads and the
 * organisers
 * @param url the link's address, or {@code null} for a file
 * @param fileName the file's name as uploaded, or {@code null} for a link
 * @param mediaType the type its content was sniffed as, or {@code null} for a link
 * @param sizeBytes the file's size, or {@code null} for a link
 */
public record Material(long id, UUID guid, long topicId, MaterialKind kind, String title, boolean privateMaterial,
		String url, String fileName, String mediaType, Long sizeBytes, Instant addedAt, int version) {

	/** Where the file is downloaded, or where the link leads. */
	public String href(String eventSlug) {
		return kind == MaterialKind.FILE ? "/" + eventSlug + "/materials/" + guid : url;
	}

	/**
	 * What a list says beside the title: the file's format and size, "link", or
	 * "recording of this talk".
	 */
	public String description() {
		if (kind == MaterialKind.LINK) {
			return "link";
		}
		if (kind == MaterialKind.VIDEO) {
			return "recording of this talk";
		}
		return MaterialFormat.ofMediaType(mediaType).map(MaterialFormat::shownName).orElse("file") + ", "
				+ shownSize(sizeBytes);
	}

	static String shownSize(long bytes) {
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ENGLISH, "%.1f KB", bytes / 1024.0);
		}
		return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
