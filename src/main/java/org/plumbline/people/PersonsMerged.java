package org.plumbline.people;

/**
 * Published inside the transaction that merges one person into another, once every row
 * that referenced the merged person names the kept one; its listeners are synchronous
 * ({@code @EventListener}), so that what depends on who a person is (the review feature's
 * count of reviewed topics: an account of one and a topic of the other are now
 * conflicted) changes in the same transaction.
 *
 * @param keptPersonId the person that remains, now with the merged person's accounts,
 * talks and marks
 */
public record PersonsMerged(long keptPersonId) {
}
