package org.plumbline.account;

/**
 * An account as other features name it on organisers' pages, with the person it acts as
 * once its address is verified.
 *
 * @param verifiedPersonId the account's person, or {@code null} while its address is
 * unverified (DOMAIN.md, L14)
 */
public record AccountSummary(long id, String displayName, String email, Long verifiedPersonId) {

}
