package org.plumbline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconference.Section;
import org.plumbline.microconference.Microconference.SectionEntry;
import org.plumbline.microconference.Microconference.SectionKind;
import org.plumbline.site.web.McView.Items;
import org.plumbline.site.web.McView.Paragraph;
import org.plumbline.site.web.McView.People;
import org.plumbline.site.web.McView.References;

class McViewTest {

	@Test
	void consecutiveItemsShareOneListAndParagraphsBetweenThemSplitIt() {
		McView view = McView.of("lpc2023", mc(List.of(new Section(SectionKind.TOPICS, "Topics:",
				List.of(SectionEntry.item("one", List.of()), SectionEntry.item("two", List.of("two.a")),
						SectionEntry.paragraph("Between the bullets."), SectionEntry.item("three", List.of())))),
				List.of()));

		var blocks = view.sections().getFirst().blocks();
		assertThat(blocks).hasExactlyElementsOfTypes(Items.class, Paragraph.class, Items.class);
		Items first = (Items) blocks.getFirst();
		assertThat(first.items()).extracting(item -> item.html().html()).containsExactly("one", "two");
		assertThat(first.items().get(1).subitems()).extracting(html -> html.html()).containsExactly("two.a");
	}

	@Test
	void captionWithoutEntriesIsKeptAndReferencesGroupInOrder() {
		McView view = McView.of("lpc2023",
				mc(List.of(new Section(SectionKind.TOPICS, "The most pressing problems:", List.of()),
						new Section(SectionKind.REFERENCES, "Links:",
								List.of(SectionEntry.reference(1, "https://example.org/1"),
										SectionEntry.reference(2, "https://example.org/2")))),
						List.of()));

		assertThat(view.sections()).extracting(McView.SectionView::caption)
			.containsExactly("The most pressing problems:", "Links:");
		assertThat(view.sections().getFirst().blocks()).isEmpty();
		References references = (References) view.sections().get(1).blocks().getFirst();
		assertThat(references.references()).extracting(McView.Reference::number).containsExactly(1, 2);
	}

	@Test
	void keyAttendeesStandInTheirSectionAsWrittenOrFollowTheSections() {
		List<KeyAttendee> attendees = List.of(new KeyAttendee(1, "Paolo Bonzini", "KVM Maintainer"),
				new KeyAttendee(2, "Jörg Rödel", null));

		McView placed = McView.of(
				"lpc2023", mc(
						List.of(new Section(SectionKind.KEY_ATTENDEES, "Key people",
								List.of(SectionEntry.paragraph("We encourage all attendees to take part.")))),
						attendees));
		McView appended = McView.of("lpc2023",
				mc(List.of(new Section(SectionKind.TOPICS, "Topics:", List.of(SectionEntry.item("one", List.of())))),
						attendees));

		assertThat(placed.sections()).extracting(McView.SectionView::caption).containsExactly("Key people");
		assertThat(placed.sections().getFirst().blocks()).hasExactlyElementsOfTypes(People.class, Paragraph.class);
		assertThat(((People) placed.sections().getFirst().blocks().getFirst()).names())
			.containsExactly("Paolo Bonzini, KVM Maintainer", "Jörg Rödel");
		assertThat(appended.sections()).extracting(McView.SectionView::caption)
			.containsExactly("Topics:", "Key attendees");
	}

	@Test
	void leadsCaptionAndNamesReadExactlyTheLeadsLine() {
		Microconference mc = mc(List.of(), List.of());

		McView view = McView.of("lpc2023", mc);

		assertThat(view.leadsCaption() + view.leadsNames()).isEqualTo(mc.leadsLine())
			.isEqualTo("MC Leads: Masami Hiramatsu, Steven Rostedt");
		assertThat(view.path()).isEqualTo("/lpc2023/microconferences/tracing");
	}

	@Test
	void microconferenceWithoutLeadsHasNoLeadsLine() {
		Microconference mc = mc(List.of(), List.of());
		Microconference leaderless = new Microconference(mc.id(), mc.guid(), mc.eventId(), mc.slug(), mc.title(),
				mc.status(), mc.description(), mc.sections(), mc.keyAttendees(), "MC leads", List.of(), 0);

		assertThat(McView.of("lpc2023", leaderless).hasLeads()).isFalse();
	}

	private static Microconference mc(List<Section> sections, List<KeyAttendee> attendees) {
		return new Microconference(1, UUID.randomUUID(), 1, "tracing", "Tracing", McStatus.ACCEPTED, "About *it*.",
				sections, attendees, "MC Leads",
				List.of(new NamedPerson(1, "Masami Hiramatsu"), new NamedPerson(2, "Steven Rostedt")), 0);
	}

}
