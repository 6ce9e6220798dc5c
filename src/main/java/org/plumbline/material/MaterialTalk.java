package org.plumbline.material;

import java.util.UUID;

/**
 * A talk (an accepted or confirmed topic of the event) whose materials an account may
 * manage. Only {@link TalkMaterials#managedTalk} makes one, after checking the account's
 * rights, so the facades' changes take it as proof and a request checks those rights
 * once.
 */
public final class MaterialTalk {

	private final long accountId;

	private final long eventId;

	private final long topicId;

	private final UUID guid;

	private final String title;

	private final Long microconferenceId;

	MaterialTalk(long accountId, long eventId, long topicId, UUID guid, String title, Long microconferenceId) {
		this.accountId = accountId;
		this.eventId = eventId;
		this.topicId = topicId;
		this.guid = guid;
		this.title = title;
		this.microconferenceId = microconferenceId;
	}

	/** The account whose rights were checked. */
	public long accountId() {
		return accountId;
	}

	public long eventId() {
		return eventId;
	}

	public long topicId() {
		return topicId;
	}

	public UUID guid() {
		return guid;
	}

	public String title() {
		return title;
	}

	/** Its MC, or {@code null} for a plain track's talk. */
	public Long microconferenceId() {
		return microconferenceId;
	}

}
