package org.plumbline.people;

import java.util.UUID;

/** A person as other features see them: the stored GUID and the display name. */
public record PersonSummary(long id, UUID guid, String displayName) {
}
