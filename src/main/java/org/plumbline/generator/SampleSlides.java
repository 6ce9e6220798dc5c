package org.plumbline.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.material.MaterialFiles;
import org.plumbline.material.MaterialUpload;
import org.plumbline.material.TalkMaterials;
import org.plumbline.schedule.ScheduledPerson;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * The slides speakers attach to their talks in the sample event: a small PDF for each
 * chosen talk (a title page and one of points), uploaded by its first speaker through the
 * materials feature, so its type is sniffed and its bytes stored in chunks as any
 * upload's.
 */
@Component
class SampleSlides {

	/** A 16:9 slide, in points. */
	private static final PDRectangle SLIDE = new PDRectangle(960, 540);

	private static final float MARGIN = 60;

	private final TalkMaterials materials;

	private final MaterialFiles files;

	SampleSlides(TalkMaterials materials, MaterialFiles files) {
		this.materials = materials;
		this.files = files;
	}

	/**
	 * @param accountByPerson the generated people's accounts, by their persons
	 * @return how many talks got slides
	 */
	int attach(Event event, List<ScheduledSession> sessions, Map<Long, SignedInAccount> accountByPerson, int percent,
			RandomGenerator random) {
		int attached = 0;
		for (ScheduledSession session : sessions) {
			for (ScheduledTalk talk : session.talks()) {
				if (random.nextInt(100) >= percent) {
					continue;
				}
				SignedInAccount speaker = accountByPerson.get(talk.speakers().getFirst().personId());
				byte[] pdf = slides(event, session, talk);
				files.addFile(materials.managedTalk(speaker.id(), event.id(), talk.topicId()).orElseThrow(), "Slides",
						false, new MaterialUpload(SampleWords.ascii(talk.title(), "-") + ".pdf", pdf.length,
								new ByteArrayResource(pdf)));
				attached++;
			}
		}
		return attached;
	}

	private static byte[] slides(Event event, ScheduledSession session, ScheduledTalk talk) {
		PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		String speakers = talk.speakers()
			.stream()
			.map(ScheduledPerson::nameAsWritten)
			.collect(Collectors.joining(", "));
		try (PDDocument document = new PDDocument()) {
			page(document, List.of(new Line(bold, 36, talk.title()), new Line(regular, 24, speakers),
					new Line(regular, 20, session.title() + ", " + event.name())));
			page(document, List.of(new Line(bold, 32, "What we propose"), new Line(regular, 22, talk.abstractText()),
					new Line(regular, 22, "Questions and discussion: " + session.title() + " microconference")));
			document.getDocumentInformation().setTitle(talk.title());
			document.getDocumentInformation().setAuthor(speakers);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Line(PDType1Font font, float size, String text) {
	}

	/** One slide: each line wrapped to the slide's width, from the top down. */
	private static void page(PDDocument document, List<Line> lines) throws IOException {
		PDPage page = new PDPage(SLIDE);
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			float y = SLIDE.getHeight() - MARGIN - 40;
			for (Line line : lines) {
				for (String wrapped : wrap(line, SLIDE.getWidth() - 2 * MARGIN)) {
					content.beginText();
					content.setFont(line.font(), line.size());
					content.newLineAtOffset(MARGIN, y);
					content.showText(wrapped);
					content.endText();
					y -= line.size() * 1.4f;
				}
				y -= line.size();
			}
		}
	}

	private static List<String> wrap(Line line, float width) throws IOException {
		List<String> wrapped = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : showable(line.text()).split("\\s+")) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (!current.isEmpty() && line.font().getStringWidth(candidate) / 1000 * line.size() > width) {
				wrapped.add(current.toString());
				current = new StringBuilder(word);
			}
			else {
				current = new StringBuilder(candidate);
			}
		}
		wrapped.add(current.toString());
		return wrapped;
	}

	/**
	 * The text as the standard fonts can show it: they encode Latin-1's letters only, so
	 * a letter beyond them ("ą", "Ł") loses its diacritic.
	 */
	private static String showable(String text) {
		StringBuilder shown = new StringBuilder(text.length());
		text.codePoints()
			.forEach(point -> shown.append(point <= 0xFF ? Character.toString(point)
					: SampleWords.withoutDiacritics(Character.toString(point))));
		return shown.toString();
	}

}
