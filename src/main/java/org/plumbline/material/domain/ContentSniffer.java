package org.plumbline.material.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * What a file is, by Apache Tika's MIME magic: once from its content alone, and once from
 * its name alone, so that a file whose content disagrees with its name can be told. The
 * magic tells an Office Open XML package from a plain ZIP archive, but not a presentation
 * from a document or a spreadsheet: those are told by the package's main part.
 */
@Component
public class ContentSniffer {

	/** What the magic says of any Office Open XML package. */
	public static final String OFFICE_PACKAGE = "application/x-tika-ooxml";

	/** Each kind of Office Open XML package by the name of its main part. */
	private static final Map<String, String> MAIN_PARTS = Map.of("ppt/presentation.xml",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "word/document.xml",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xl/workbook.xml",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** Tika's MIME database is read on the first file looked at, not at start. */
	private final Supplier<MimeTypes> types = SingletonSupplier.of(MimeTypes::getDefaultMimeTypes);

	/**
	 * The type the content's first bytes show. The stream must support mark and reset: it
	 * is read ahead only as far as the magic needs, then put back.
	 */
	public String typeOfContent(InputStream content) throws IOException {
		return types.get().detect(content, new Metadata()).getBaseType().toString();
	}

	/**
	 * The kind of an Office Open XML package, by the main part among its entries: a
	 * presentation, a document or a spreadsheet; {@link #OFFICE_PACKAGE} for a package
	 * with none of these, or one that cannot be read as a ZIP archive. The entries are
	 * read one after another from the stream, none of them kept.
	 */
	public String typeOfOfficePackage(InputStream content) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(content)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String type = MAIN_PARTS.get(entry.getName());
				if (type != null) {
					return type;
				}
			}
		}
		catch (ZipException unreadable) {
			// as a package whose kind cannot be told: its name alone shall not admit it
		}
		return OFFICE_PACKAGE;
	}

	/**
	 * The type the file name's ending stands for; {@code application/octet-stream} if
	 * none.
	 */
	public String typeOfName(String fileName) {
		return types.get().getMimeType(fileName).getType().getBaseType().toString();
	}

	/** A type in words, such as "HyperText Markup Language", or the type itself. */
	public String describe(String type) {
		try {
			String description = types.get().forName(type).getDescription();
			return description == null || description.isBlank() ? type : description;
		}
		catch (MimeTypeException unknown) {
			return type;
		}
	}

}
