package org.plumbline.account;

/**
 * What a role covers: the whole event for an organiser; one MC or one plain track of it
 * for a reviewer.
 *
 * @param microconferenceId the MC a reviewer reviews, or null
 * @param plainTrackId the plain track a reviewer reviews, or null
 * @param slug the slug of the MC or track, or null for the event or one since removed
 * @param name the title of the MC or name of the track, or null for the event or one
 * since removed
 */
public record RoleScope(EventRole role, Long microconferenceId, Long plainTrackId, String slug, String name) {

	public static final RoleScope EVENT = new RoleScope(EventRole.ORGANISER, null, null, null, null);

	public RoleScope {
		boolean reviewsOne = (microconferenceId == null) != (plainTrackId == null);
		if (role == EventRole.ORGANISER ? microconferenceId != null || plainTrackId != null : !reviewsOne) {
			throw new IllegalArgumentException("An organiser covers the event, a reviewer one MC or one track");
		}
	}

	public static RoleScope ofMicroconference(long id, String slug, String title) {
		return new RoleScope(EventRole.REVIEWER, id, null, slug, title);
	}

	public static RoleScope ofPlainTrack(long id, String slug, String name) {
		return new RoleScope(EventRole.REVIEWER, null, id, slug, name);
	}

	/**
	 * The key of the database's unique constraints on roles and open invitations:
	 * 'event', 'mc:&lt;id&gt;' or 'track:&lt;id&gt;'.
	 */
	public String key() {
		if (role == EventRole.ORGANISER) {
			return "event";
		}
		return microconferenceId != null ? "mc:" + microconferenceId : "track:" + plainTrackId;
	}

	/** Such as "a reviewer of the Tracing microconference", for pages and mail. */
	public String inWords() {
		if (role == EventRole.ORGANISER) {
			return "an organiser of the event";
		}
		if (microconferenceId != null) {
			return "a reviewer of the " + (name == null ? "(removed) microconference" : name + " microconference");
		}
		return "a reviewer of the track " + (name == null ? "(removed)" : name);
	}

}
