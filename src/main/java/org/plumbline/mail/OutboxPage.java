package org.plumbline.mail;

import java.util.List;

/**
 * One page of an outbox listing, newest message first.
 *
 * @param messages the messages on this page
 * @param page its number, from 0
 * @param pageSize the most messages a page holds
 * @param totalMessages how many messages the listing has on all pages
 */
public record OutboxPage(List<OutboxMessage> messages, int page, int pageSize, long totalMessages) {

	public OutboxPage {
		messages = List.copyOf(messages);
	}

	public long totalPages() {
		return (totalMessages + pageSize - 1) / pageSize;
	}

	public boolean hasNext() {
		return (long) (page + 1) * pageSize < totalMessages;
	}

}
