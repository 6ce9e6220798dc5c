package org.plumbline.mail;

import java.time.Instant;

/**
 * An event's own text for one purpose of mail, as a backup of the event holds it: the
 * wording its organisers saved, used for that purpose's next mail in the event. A text
 * set back to the default is none: what applies above it is in force.
 *
 * @param purposeKey the {@link MailPurpose#key()}
 */
public record BackedUpMailTemplate(String purposeKey, String subject, String body, Instant updatedAt) {
}
