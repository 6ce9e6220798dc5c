package org.plumbline.mail;

import java.time.Instant;

/**
 * The answer to a resend: the copy that will be sent.
 *
 * @param copyId the copy's id
 * @param alreadyQueued whether an earlier resend of the same message had queued this copy
 * within the last minute and it still waits, so that no second copy was made
 * @param queuedAt when the copy was queued
 */
public record ResentMail(long copyId, boolean alreadyQueued, Instant queuedAt) {

}
