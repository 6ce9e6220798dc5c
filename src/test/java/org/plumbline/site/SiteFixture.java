package org.plumbline.site;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.imageio.ImageIO;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.event.NewEvent.NewSponsor;
import org.plumbline.event.SponsorLogo;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconference.Section;
import org.plumbline.microconference.Microconference.SectionEntry;
import org.plumbline.microconference.Microconference.SectionKind;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.people.PersonDirectory;

/**
 * A second event beside the demo, for what the demo lacks: sponsors with logos (PNG and a
 * hostile SVG) and a hostile link, an MC whose organisers wrote script into its text, and
 * an MC that is not accepted.
 */
public final class SiteFixture {

	public static final String SLUG = "fixture_conf";

	public static final String HOSTILE_TEXT = "Intro <script>alert(1)</script> and <img src=x onerror=alert(1)> and "
			+ "[click](javascript:alert(1)) and [a safe link](https://example.org/docs) and *emphasis*";

	private static final String EVIL_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
			+ "<script>alert(1)</script><rect width=\"10\" height=\"10\" fill=\"#c00\"/></svg>";

	private SiteFixture() {
	}

	/** Creates the fixture event once per application context; returns it. */
	public static synchronized Event ensure(EventCatalog catalog, EventSetup setup, PersonDirectory people,
			Microconferences microconferences) {
		var existing = catalog.findBySlug(SLUG);
		if (existing.isPresent()) {
			return existing.get();
		}
		Event event = setup.create(new NewEvent(SLUG, "Fixture Conference 2030", LocalDate.of(2030, 6, 3),
				LocalDate.of(2030, 6, 5), ZoneId.of("Europe/Berlin"), "Hall 7, Example City", List.of(), List.of(),
				List.of("Gold", "Silver", "Bronze"),
				List.of(new NewSponsor("Acme Corp", "Gold", "https://acme.example/",
						new SponsorLogo("image/png", png())),
						new NewSponsor("Evil Inc", "Silver", "javascript:alert(1)",
								new SponsorLogo("image/svg+xml", EVIL_SVG.getBytes(StandardCharsets.UTF_8))),
						new NewSponsor("Plain Text Ltd", "Silver", null, null))));
		long ada = people.create("Ada Lovelace", List.of("Ada Lovelace"), null).id();
		long alan = people.create("Alan Turing", List.of("Alan Turing"), null).id();
		microconferences.create(event.id(),
				new NewMicroconference(
						null, "hostile", "Hostile <b>Text</b>", McStatus.ACCEPTED, HOSTILE_TEXT, List.of(
								new Section(SectionKind.TOPICS, "Topics:",
										List.of(SectionEntry.item("<script>alert(2)</script>", List.of()),
												SectionEntry.item("Parent item",
														List.of("Child <img src=x onerror=alert(3)>")))),
								new Section(SectionKind.REFERENCES, "Links:",
										List.of(SectionEntry.reference(1, "https://example.org/one"),
												SectionEntry.reference(2, "[two](javascript:alert(4))")))),
						List.of(new KeyAttendee(alan, "Alan Turing", "Codebreaker")), "MC leads",
						List.of(new NamedPerson(ada, "Ada Lovelace"))));
		microconferences.create(event.id(),
				new NewMicroconference(null, "secret-proposal", "Secret Proposal", McStatus.PROPOSED,
						"Not decided yet.", List.of(), List.of(), "MC leads",
						List.of(new NamedPerson(alan, "Alan Turing"))));
		return catalog.findBySlug(SLUG).orElseThrow();
	}

	private static byte[] png() {
		BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0x13263d);
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
