package org.plumbline.material;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files as the tests upload them, each made here, byte by byte. */
final class SampleFiles {

	private SampleFiles() {
	}

	/** A PDF's header followed by seeded random bytes, to this size. */
	static byte[] pdf(int size) {
		byte[] header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] file = new byte[size];
		new Random(size).nextBytes(file);
		System.arraycopy(header, 0, file, 0, Math.min(header.length, size));
		return file;
	}

	static byte[] html() {
		return """
				<!DOCTYPE html>
				<html><head><title>Not slides</title></head><body><script>alert(1)</script></body></html>
				""".getBytes(StandardCharsets.UTF_8);
	}

	/** An Office Open XML package: its content types first, as PowerPoint writes them. */
	static byte[] pptx() {
		return zip("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Override PartName="/ppt/presentation.xml"
				 ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>
				</Types>""", "ppt/presentation.xml", "<p:presentation/>");
	}

	/** A Word document, which is no presentation whatever its name. */
	static byte[] docx() {
		return zip("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Override PartName="/word/document.xml"
				 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
				</Types>""", "word/document.xml", "<w:document/>");
	}

	/**
	 * The first bytes of any OLE2 compound file, as Word 97 and PowerPoint 97 write them.
	 */
	static byte[] ole2() {
		byte[] file = new byte[4096];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, file, 0, magic.length);
		return file;
	}

	/** An OpenDocument presentation: its uncompressed {@code mimetype} entry first. */
	static byte[] odp() {
		return zip("mimetype", "application/vnd.oasis.opendocument.presentation", "content.xml", "<office/>");
	}

	/** A plain ZIP archive, which is no slide format whatever its name. */
	static byte[] plainZip() {
		return zip("notes.txt", "Just notes.", "more.txt", "More notes.");
	}

	private static byte[] zip(String firstName, String firstContent, String secondName, String secondContent) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] first = firstContent.getBytes(StandardCharsets.UTF_8);
			ZipEntry stored = new ZipEntry(firstName);
			stored.setMethod(ZipEntry.STORED);
			stored.setSize(first.length);
			CRC32 crc = new CRC32();
			crc.update(first);
			stored.setCrc(crc.getValue());
			zip.putNextEntry(stored);
			zip.write(first);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(secondName));
			zip.write(secondContent.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
