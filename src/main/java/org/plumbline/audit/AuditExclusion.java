package org.plumbline.audit;

import java.util.Set;

/**
 * Entries a reader must not see: those about these objects of one type, such as the
 * topics an organiser is conflicted with, and their reviews. The log leaves them out in
 * its query, so that its pages stay full and its paging right.
 *
 * @param objectIds the objects' ids; none excludes nothing
 */
public record AuditExclusion(String objectType, Set<String> objectIds) {

	public AuditExclusion {
		objectIds = Set.copyOf(objectIds);
	}

}
