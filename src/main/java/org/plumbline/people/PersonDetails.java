package org.plumbline.people;

import java.util.List;
import java.util.UUID;

/**
 * A person with everything an organiser compares before merging two of them. The
 * {@code version} goes back into a {@link MergeRequest}, so that a merge chosen on a page
 * does not overwrite a change made since that page was shown.
 *
 * @param nameVariants every spelling of the name seen, in alphabetical order
 * @param hasAccount whether an account is linked to the person (of two persons with one
 * each, neither can be merged into the other)
 */
public record PersonDetails(long id, UUID guid, int version, String displayName, String bio, String affiliation,
		List<String> nameVariants, List<EmailAddress> emails, boolean hasAccount) {

	public PersonDetails {
		nameVariants = List.copyOf(nameVariants);
		emails = List.copyOf(emails);
	}

}
