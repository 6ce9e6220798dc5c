package org.plumbline.microconference;

import java.util.List;
import java.util.UUID;

import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconference.Section;

/**
 * @param guid the GUID to store, or {@code null} for a new random one
 */
public record NewMicroconference(UUID guid, String slug, String title, McStatus status, String description,
		List<Section> sections, List<KeyAttendee> keyAttendees, String leadsCaption, List<NamedPerson> leads) {

	/** The caption LPC's pages put before an MC's leads, for an MC that names none. */
	public static final String DEFAULT_LEADS_CAPTION = "MC leads";

}
