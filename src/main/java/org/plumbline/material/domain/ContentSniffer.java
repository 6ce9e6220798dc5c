package org.plumbline.material.domain;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * What a file is, by Apache Tika's MIME magic: once from its content alone, and once from
 * its name alone, so that a file whose content disagrees with its name can be told.
 */
@Component
public class ContentSniffer {

	private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

	/**
	 * The type the content's first bytes show. The stream must support mark and reset: it
	 * is read ahead only as far as the magic needs, then put back.
	 */
	public String typeOfContent(InputStream content) throws IOException {
		return types.detect(content, new Metadata()).getBaseType().toString();
	}

	/**
	 * The type the file name's ending stands for; {@code application/octet-stream} if
	 * none.
	 */
	public String typeOfName(String fileName) {
		return types.getMimeType(fileName).getType().getBaseType().toString();
	}

	/** A type in words, such as "HyperText Markup Language", or the type itself. */
	public String describe(String type) {
		try {
			String description = types.forName(type).getDescription();
			return description == null || description.isBlank() ? type : description;
		}
		catch (MimeTypeException unknown) {
			return type;
		}
	}

}
