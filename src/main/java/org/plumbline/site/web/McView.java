package org.plumbline.site.web;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconference.EntryKind;
import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.Section;
import org.plumbline.microconference.Microconference.SectionEntry;
import org.plumbline.microconference.Microconference.SectionKind;
import org.plumbline.text.Markdown;
import org.plumbline.text.SafeHtml;
import org.springframework.web.util.UriUtils;

/**
 * An MC's page as the templates draw it: the description, then each section under its
 * caption as written with its entries in order (consecutive list items in one list,
 * consecutive references in one list), the key attendees in their section (or after the
 * sections when the page gives them none), then the leads line. All free text has passed
 * {@link Markdown}.
 *
 * @param path the MC's own page, {@code /{event}/microconferences/{mc}}
 * @param leadsCaption the caption of the leads line with its colon ("MC leads:");
 * {@code null} without leads
 * @param leadsNames the rest of the leads line (" John Stultz, Karim Yaghmour"), so that
 * caption and names read exactly {@link Microconference#leadsLine()}
 */
public record McView(String slug, String title, String path, SafeHtml description, List<SectionView> sections,
		String leadsCaption, String leadsNames) {

	/** Caption used when an MC has key attendees but its page gives them no section. */
	static final String KEY_ATTENDEES_CAPTION = "Key attendees";

	/**
	 * A section under its caption ({@code null} for none), its content as blocks in
	 * order.
	 */
	public record SectionView(String caption, List<Block> blocks) {
	}

	public sealed interface Block permits Paragraph, Items, References, People {

	}

	public record Paragraph(SafeHtml html) implements Block {
	}

	/** Consecutive list items, each with its subitems. */
	public record Items(List<Item> items) implements Block {
	}

	public record Item(SafeHtml html, List<SafeHtml> subitems) {
	}

	/** Consecutive numbered references, each shown as "[n] text". */
	public record References(List<Reference> references) implements Block {
	}

	public record Reference(int number, SafeHtml html) {
	}

	/** People as the list names them ("Paolo Bonzini, KVM Maintainer"). */
	public record People(List<String> names) implements Block {
	}

	public boolean hasLeads() {
		return leadsCaption != null;
	}

	static McView of(String eventSlug, Microconference mc) {
		List<SectionView> sections = new ArrayList<>();
		for (Section section : mc.sections()) {
			List<Block> blocks = new ArrayList<>();
			if (section.kind() == SectionKind.KEY_ATTENDEES) {
				blocks.add(people(mc.keyAttendees()));
			}
			blocks.addAll(blocks(section.entries()));
			sections.add(new SectionView(section.caption(), List.copyOf(blocks)));
		}
		if (mc.keyAttendeeSection().isEmpty() && !mc.keyAttendees().isEmpty()) {
			sections.add(new SectionView(KEY_ATTENDEES_CAPTION, List.of(people(mc.keyAttendees()))));
		}
		String leadsCaption = null;
		String leadsNames = null;
		if (!mc.leads().isEmpty()) {
			String line = mc.leadsLine();
			leadsCaption = mc.leadsCaption() + ":";
			leadsNames = line.substring(leadsCaption.length());
		}
		String path = "/" + eventSlug + "/microconferences/" + UriUtils.encodePathSegment(mc.slug(), "UTF-8");
		return new McView(mc.slug(), mc.title(), path, Markdown.render(mc.description()), List.copyOf(sections),
				leadsCaption, leadsNames);
	}

	private static People people(List<KeyAttendee> attendees) {
		return new People(attendees.stream().map(KeyAttendee::asWritten).toList());
	}

	private static List<Block> blocks(List<SectionEntry> entries) {
		List<Block> blocks = new ArrayList<>();
		List<Item> items = new ArrayList<>();
		List<Reference> references = new ArrayList<>();
		for (SectionEntry entry : entries) {
			if (entry.kind() != EntryKind.ITEM && !items.isEmpty()) {
				blocks.add(new Items(List.copyOf(items)));
				items.clear();
			}
			if (entry.kind() != EntryKind.REFERENCE && !references.isEmpty()) {
				blocks.add(new References(List.copyOf(references)));
				references.clear();
			}
			switch (entry.kind()) {
				case PARAGRAPH -> blocks.add(new Paragraph(Markdown.render(entry.text())));
				case ITEM -> items.add(new Item(Markdown.renderInline(entry.text()),
						entry.subitems().stream().map(Markdown::renderInline).toList()));
				case REFERENCE ->
					references.add(new Reference(entry.referenceNumber(), Markdown.renderInline(entry.text())));
			}
		}
		if (!items.isEmpty()) {
			blocks.add(new Items(List.copyOf(items)));
		}
		if (!references.isEmpty()) {
			blocks.add(new References(List.copyOf(references)));
		}
		return blocks;
	}

}
