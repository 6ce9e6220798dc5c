package org.plumbline.cfp;

/**
 * A change to a topic that its call or its state does not allow now (the call has closed,
 * has not opened yet, or the topic was withdrawn); the message says why, in words for the
 * speaker, naming any deadline in the event's time zone. Nothing was written.
 */
public class TopicRefusedException extends RuntimeException {

	public TopicRefusedException(String message) {
		super(message);
	}

}
