package org.plumbline.people.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.people.ActingOrganiser;
import org.plumbline.people.MergeResult;
import org.springframework.stereotype.Component;

/**
 * The audit entries of an organiser's decisions on duplicates, written in the decision's
 * transaction (DOMAIN.md, L16): a merge changes persons every event shares, so its entry
 * must say what each of them was and what the kept one became.
 */
@Component
public class DuplicateAuditTrail {

	static final String PERSON = "person";

	static final String SUGGESTION = "duplicate-suggestion";

	static final String MERGED = "merged";

	private final AuditLog audit;

	DuplicateAuditTrail(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * One entry on the merged person: both persons before, the kept one after, and the
	 * rows that moved or were dropped.
	 */
	public void merged(ActingOrganiser by, PersonRow keptBefore, PersonRow mergedBefore, PersonRow keptAfter,
			MergeResult result) {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("kept", fields(keptBefore));
		before.put("merged", fields(mergedBefore));
		Map<String, Object> mergedAfter = fields(mergedBefore);
		mergedAfter.put("mergedIntoId", keptAfter.id());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("kept", fields(keptAfter));
		after.put("merged", mergedAfter);
		after.put("movedRows", result.columnsWithMovedRows());
		after.put("droppedRows", result.droppedRows());
		audit.record(new AuditEntry(by.eventId(), by.accountId(), null, PERSON, Long.toString(mergedBefore.id()),
				MERGED, before, after, null));
	}

	/** When the newest merge was recorded, from any event's pages or the site's. */
	public Optional<Instant> lastMergedAt() {
		return audit.newestOccurrence(PERSON, MERGED);
	}

	/** One entry on the suggestion, naming both persons. */
	public void dismissed(ActingOrganiser by, StoredSuggestion suggestion, PersonRow first, PersonRow second) {
		Map<String, Object> before = suggestion(suggestion, first, second, "open");
		Map<String, Object> after = suggestion(suggestion, first, second, "dismissed");
		audit.record(new AuditEntry(by.eventId(), by.accountId(), null, SUGGESTION, Long.toString(suggestion.id()),
				"dismissed", before, after, null));
	}

	private static Map<String, Object> fields(PersonRow person) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("id", person.id());
		fields.put("displayName", person.displayName());
		fields.put("bio", person.bio());
		fields.put("affiliation", person.affiliation());
		return fields;
	}

	private static Map<String, Object> suggestion(StoredSuggestion suggestion, PersonRow first, PersonRow second,
			String state) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("reason", suggestion.reason().name());
		fields.put("firstPersonId", first.id());
		fields.put("firstName", first.displayName());
		fields.put("secondPersonId", second.id());
		fields.put("secondName", second.displayName());
		fields.put("state", state);
		return fields;
	}

}
