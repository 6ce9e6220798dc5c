package org.plumbline.material;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.PlaceableTopics;
import org.plumbline.material.domain.MaterialRepository;
import org.plumbline.microconference.Microconferences;
import org.plumbline.validation.FieldChecks;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The material feature's facade: files and links on talks (issue 14, point 1). A talk's
 * speakers, the leads of its MC and the event's organisers add, change and remove them;
 * the public sees those not marked private of talks still accepted or confirmed. Files go
 * in and out through {@link MaterialFiles}. Every change is audited in its transaction.
 */
@Service
public class TalkMaterials {

	public static final int MAX_TITLE_LENGTH = 200;

	public static final int MAX_URL_LENGTH = 2000;

	static final String STALE = "This material was changed or removed elsewhere since you opened the page.";

	private final MaterialRepository materials;

	private final PlaceableTopics topics;

	private final Rights rights;

	private final AccountPersons accounts;

	private final Microconferences microconferences;

	private final AuditLog audit;

	private final Clock clock;

	TalkMaterials(MaterialRepository materials, PlaceableTopics topics, Rights rights, AccountPersons accounts,
			Microconferences microconferences, AuditLog audit, Clock clock) {
		this.materials = materials;
		this.topics = topics;
		this.rights = rights;
		this.accounts = accounts;
		this.microconferences = microconferences;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The talk (an accepted or confirmed topic of the event) if the account may manage
	 * its materials: as one of its speakers, a lead of its MC or an organiser of the
	 * event; empty otherwise, and for any other topic.
	 */
	@Transactional(readOnly = true)
	public Optional<MaterialTalk> managedTalk(long accountId, long eventId, long topicId) {
		return topics.find(eventId, topicId)
			.filter(PlaceableTopic::decidedIn)
			.filter(topic -> mayManage(accountId, eventId, topic))
			.map(topic -> new MaterialTalk(accountId, eventId, topic.id(), topic.guid(), topic.title(),
					topic.microconferenceId()));
	}

	private boolean mayManage(long accountId, long eventId, PlaceableTopic topic) {
		if (rights.isOrganiser(accountId, eventId)) {
			return true;
		}
		return accounts.verifiedPersonId(accountId)
			.map(person -> topic.speakers().stream().anyMatch(speaker -> speaker.personId() == person)
					|| topic.microconferenceId() != null && microconferences.isLedBy(topic.microconferenceId(), person))
			.orElse(false);
	}

	/** A talk's materials, private ones too, the first added first. */
	@Transactional(readOnly = true)
	public List<Material> ofTalk(MaterialTalk talk) {
		return materials.ofTopic(talk.topicId());
	}

	/**
	 * What the public sees of the materials of these talks (by their topics' GUIDs):
	 * those not private of talks still accepted or confirmed, by GUID; a talk with none
	 * is missing.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<Material>> publicOf(Collection<UUID> topicGuids) {
		return materials.publicOf(topicGuids);
	}

	/**
	 * Attaches a link to a talk: an absolute http or https address.
	 * @throws InvalidFields for a missing or too long title, or an address that is
	 * missing, malformed or of another scheme
	 */
	@Transactional
	public Material addLink(MaterialTalk talk, String title, String url, boolean privateMaterial) {
		return addAddress(talk, MaterialKind.LINK, title, url, privateMaterial);
	}

	/**
	 * Attaches a video of the talk itself (an absolute http or https address): its page
	 * links it as the talk's recording and the schedule exports carry it as media, as a
	 * session's recording is.
	 * @throws InvalidFields for a missing or too long title, or an address that is
	 * missing, malformed or of another scheme
	 */
	@Transactional
	public Material addVideo(MaterialTalk talk, String title, String url, boolean privateMaterial) {
		return addAddress(talk, MaterialKind.VIDEO, title, url, privateMaterial);
	}

	private Material addAddress(MaterialTalk talk, MaterialKind kind, String title, String url,
			boolean privateMaterial) {
		CheckedLink link = CheckedLink.of(title, url);
		long id = materials.insertLink(talk.topicId(), kind, link.title(), privateMaterial, link.url(),
				talk.accountId(), clock.instant());
		Material added = materials.find(id).orElseThrow();
		auditAdded(talk, added);
		return added;
	}

	/**
	 * Attaches a public link to a talk for a system actor (the importer of another
	 * system's schedule), held to the same rules as {@link #addLink}.
	 * @throws InvalidFields as {@link #addLink}
	 */
	@Transactional
	public Material addLinkAs(String systemActor, long eventId, long topicId, String title, String url) {
		CheckedLink link = CheckedLink.of(title, url);
		long id = materials.insertLink(topicId, MaterialKind.LINK, link.title(), false, link.url(), null,
				clock.instant());
		Material added = materials.find(id).orElseThrow();
		audit.record(new AuditEntry(eventId, null, systemActor, "talk-material", Long.toString(id), "added", null,
				Audited.of(added), null));
		return added;
	}

	/** A link's title and address as typed, once both passed their checks. */
	private record CheckedLink(String title, String url) {

		/**
		 * @throws InvalidFields for a missing or too long title, or an address that is
		 * missing, malformed or of another scheme
		 */
		static CheckedLink of(String title, String url) {
			FieldChecks checks = new FieldChecks();
			String checkedTitle = checks.requiredLine("title", title, MAX_TITLE_LENGTH);
			String checkedUrl = checks.requiredLine("url", url, MAX_URL_LENGTH);
			if (checkedUrl != null) {
				checks.check("url", linkProblem(checkedUrl));
			}
			checks.throwIfAny();
			return new CheckedLink(checkedTitle, checkedUrl);
		}

	}

	/**
	 * Why an address may not be linked, or empty: only absolute http and https ones may.
	 */
	public static Optional<String> linkProblem(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException malformed) {
			return Optional.of("This is no web address: " + malformed.getReason() + ".");
		}
		String scheme = uri.getScheme();
		if (scheme == null) {
			return Optional.of("Give the whole address, starting with https:// or http://.");
		}
		if (!scheme.equalsIgnoreCase("https") && !scheme.equalsIgnoreCase("http")) {
			return Optional
				.of("Only web addresses (https:// or http://) can be linked; this one starts with " + scheme + ":.");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return Optional.of("This address names no host: give it as https://example.org/slides.");
		}
		return Optional.empty();
	}

	/**
	 * Changes a material's title and whether it is private.
	 * @throws MaterialNotFoundException if the material is another talk's
	 * @throws InvalidFields for a missing or too long title
	 * @throws OptimisticLockingFailureException if it was changed or removed since the
	 * page was opened
	 */
	@Transactional
	public Material change(MaterialTalk talk, long materialId, int version, String title, boolean privateMaterial) {
		Material before = materialOf(talk, materialId);
		FieldChecks checks = new FieldChecks();
		String checkedTitle = checks.requiredLine("title", title, MAX_TITLE_LENGTH);
		checks.throwIfAny();
		if (!materials.update(materialId, version, checkedTitle, privateMaterial)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		Material after = materials.find(materialId).orElseThrow();
		audit.record(new AuditEntry(talk.eventId(), talk.accountId(), null, "talk-material", Long.toString(materialId),
				"changed", Audited.of(before), Audited.of(after), null));
		return after;
	}

	/**
	 * Removes a material, a file's chunks with it.
	 * @throws MaterialNotFoundException if the material is another talk's
	 * @throws OptimisticLockingFailureException if it was changed or removed since the
	 * page was opened
	 */
	@Transactional
	public Material remove(MaterialTalk talk, long materialId, int version) {
		Material before = materialOf(talk, materialId);
		if (!materials.delete(materialId, version)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		audit.record(new AuditEntry(talk.eventId(), talk.accountId(), null, "talk-material", Long.toString(materialId),
				"removed", Audited.of(before), null, null));
		return before;
	}

	/** What the audit log keeps of a new material. */
	void auditAdded(MaterialTalk talk, Material added) {
		audit.record(new AuditEntry(talk.eventId(), talk.accountId(), null, "talk-material", Long.toString(added.id()),
				"added", null, Audited.of(added), null));
	}

	private Material materialOf(MaterialTalk talk, long materialId) {
		Material material = materials.find(materialId).orElseThrow(() -> new OptimisticLockingFailureException(STALE));
		if (material.topicId() != talk.topicId()) {
			throw new MaterialNotFoundException();
		}
		return material;
	}

	/** What the audit log keeps of a material. */
	record Audited(long topicId, MaterialKind kind, String title, boolean privateMaterial, String url, String fileName,
			String mediaType, Long sizeBytes) {

		static Audited of(Material material) {
			return new Audited(material.topicId(), material.kind(), material.title(), material.privateMaterial(),
					material.url(), material.fileName(), material.mediaType(), material.sizeBytes());
		}

	}

}
