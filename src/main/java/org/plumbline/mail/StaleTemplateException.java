package org.plumbline.mail;

/**
 * A template was changed (saved or reset) by someone else since the editor read the
 * version it sent back; nothing was saved (ARCHITECTURE.md: the second writer is told,
 * not overwritten).
 */
public class StaleTemplateException extends RuntimeException {

	StaleTemplateException(String purposeKey, Long eventId, int expectedVersion) {
		super("The template " + purposeKey + (eventId == null ? " of the site" : " of event " + eventId)
				+ " was changed by someone else since version " + expectedVersion
				+ " was opened; reload it and apply your changes again.");
	}

}
