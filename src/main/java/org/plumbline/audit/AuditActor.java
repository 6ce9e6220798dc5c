package org.plumbline.audit;

/**
 * An account that acted in entries of the log, for the filter's drop-down.
 *
 * @param accountId the account
 * @param name the account's display name now
 */
public record AuditActor(long accountId, String name) {

}
