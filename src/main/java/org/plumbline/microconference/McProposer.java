package org.plumbline.microconference;

/**
 * A signed-in, verified user acting on proposals, as the caller read them from the
 * account: this feature does not know accounts (the account feature depends on it).
 *
 * @param name the name to list among the leads, as written
 * @param email the address the proposal's mail goes to
 */
public record McProposer(long accountId, long personId, String name, String email) {
}
