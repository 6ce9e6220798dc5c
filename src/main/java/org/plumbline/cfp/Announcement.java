package org.plumbline.cfp;

/**
 * What announcing a call's decisions did: how many topics moved into each state, and how
 * many mails were queued (one per speaker with a verified account).
 */
public record Announcement(int accepted, int rejected, int waitlisted, int mailsQueued) {

}
