package org.plumbline.schedule;

import java.time.Instant;

/**
 * The live calendar-feed address of a personal agenda, as stored: its owner an account by
 * id or an anonymous visitor by the hash of the id in their cookie.
 *
 * @param accountId the owner's account, or {@code null} for a visitor
 * @param visitorSha256 the SHA-256 of the visitor's cookie id, in hex, or {@code null}
 * for an account: never the id
 * @param tokenSha256 the SHA-256 of the address's token, in hex: never the token
 */
public record BackedUpAgendaFeed(Long accountId, String visitorSha256, String tokenSha256, Instant createdAt) {
}
