package org.plumbline.importer.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.plumbline.account.BackedUpAccount;
import org.plumbline.account.BackedUpRole;
import org.plumbline.people.PersonSummary;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code accounts} and {@code roles} of an export: each account's public
 * fields, its person pinned by GUID; roles name their accounts by address and their MC or
 * plain track by slug.
 * <p>
 * The rule on secrets, for the whole file: it never holds a password hash, nor a token or
 * anything else that lets its reader sign in or act as someone. A password is chosen by a
 * person and may be guessed from its hash, so a restored account gets an unusable one.
 * What the file does hold is the SHA-256 of the 256-bit random tokens of the links
 * Plumbline mailed or showed (invitations, agenda feeds) and of an anonymous visitor's
 * cookie id ({@link InvitationJson}): no one finds such a token from its hash, and the
 * database keeps only the hash too, so carrying it lets the restored site answer the
 * links as before while giving the file's reader nothing to open them with.
 */
final class AccountJson {

	private AccountJson() {
	}

	/**
	 * @param accounts ordered by address
	 * @param roles in the order they were granted
	 */
	static void write(ObjectNode root, List<BackedUpAccount> accounts, List<BackedUpRole> roles,
			Map<Long, PersonSummary> persons, Map<Long, String> mcSlugs, Map<Long, String> trackSlugs) {
		Map<Long, String> addresses = addresses(accounts);
		ArrayNode accountList = root.putArray("accounts");
		for (BackedUpAccount account : accounts) {
			ObjectNode node = accountList.addObject().put("email", account.email()).put("name", account.displayName());
			if (account.personId() != null) {
				node.put("person", persons.get(account.personId()).guid().toString());
			}
			if (account.emailVerifiedAt() != null) {
				node.put("emailVerifiedAt", account.emailVerifiedAt().toString());
			}
			node.put("createdAt", account.createdAt().toString());
		}
		ArrayNode roleList = root.putArray("roles");
		for (BackedUpRole role : roles) {
			ObjectNode node = roleList.addObject()
				.put("role", role.role().name())
				.put("account", addresses.get(role.accountId()));
			if (role.microconferenceId() != null) {
				node.put("microconference", mcSlugs.get(role.microconferenceId()));
			}
			if (role.plainTrackId() != null) {
				node.put("track", trackSlugs.get(role.plainTrackId()));
			}
			node.put("grantedAt", role.grantedAt().toString());
			if (role.grantedBy() != null) {
				node.put("grantedBy", addresses.get(role.grantedBy()));
			}
		}
	}

	static Map<Long, String> addresses(List<BackedUpAccount> accounts) {
		return accounts.stream().collect(Collectors.toMap(BackedUpAccount::id, BackedUpAccount::email));
	}

}
