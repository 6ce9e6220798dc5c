package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.people.EmailKeys;
import tools.jackson.databind.JsonNode;

/**
 * Rules for accounts and roles that only the rest of the file can decide: an address is
 * given once (without regard to case), an account's person is an entry of {@code people},
 * a verified address belongs to a person, no person has two accounts, a role names
 * accounts of the file and the MC or plain track a reviewer reviews, and no role is
 * granted twice; the topics' {@code submittedBy} and {@code decidedBy} name accounts of
 * the file.
 */
final class AccountRules {

	private AccountRules() {
	}

	static void check(Findings findings) {
		Set<String> personIds = personIds(findings);
		Map<String, String> addresses = new HashMap<>();
		Map<String, String> persons = new HashMap<>();
		List<JsonNode> accounts = Findings.elements(findings.root().get("accounts"));
		for (int i = 0; i < accounts.size(); i++) {
			String pointer = "/accounts/" + i;
			JsonNode account = accounts.get(i);
			String email = Findings.text(account.get("email"));
			if (email != null) {
				findings.unique(addresses, EmailKeys.of(email), pointer + "/email", "account address " + email);
			}
			String person = Findings.text(account.get("person"));
			if (person == null) {
				if (account.has("emailVerifiedAt")) {
					findings.add(pointer + "/emailVerifiedAt",
							"a verified address belongs to a person: give the account's \"person\"");
				}
			}
			else if (knownPerson(findings, personIds, pointer + "/person", person)) {
				findings.unique(persons, person, pointer + "/person", "account of person \"" + person + "\"");
			}
		}
		Set<String> mcs = slugs(findings, "microconferences");
		Set<String> tracks = slugs(findings, "plainTracks");
		Map<String, String> grants = new HashMap<>();
		List<JsonNode> roles = Findings.elements(findings.root().get("roles"));
		for (int i = 0; i < roles.size(); i++) {
			String pointer = "/roles/" + i;
			JsonNode role = roles.get(i);
			String account = Findings.text(role.get("account"));
			knownAccount(findings, addresses.keySet(), pointer + "/account", account);
			knownAccount(findings, addresses.keySet(), pointer + "/grantedBy", Findings.text(role.get("grantedBy")));
			String mc = Findings.text(role.get("microconference"));
			String track = Findings.text(role.get("track"));
			String name = Findings.text(role.get("role"));
			checkScope(findings, pointer, role, mcs, tracks);
			if (name != null && account != null) {
				String scope = mc != null ? "microconference " + mc : track != null ? "track " + track : "event";
				findings.unique(grants, name + " " + scope + " " + EmailKeys.of(account), pointer,
						"role " + name + " of the " + scope + " for " + account);
			}
		}
		List<JsonNode> topics = Findings.elements(findings.root().get("topics"));
		for (int i = 0; i < topics.size(); i++) {
			for (String field : List.of("submittedBy", "decidedBy")) {
				knownAccount(findings, addresses.keySet(), "/topics/" + i + "/" + field,
						Findings.text(topics.get(i).get(field)));
			}
		}
	}

	/**
	 * Reports a role, or an invitation to one, scoped unlike the role: an organiser's
	 * covers the whole event, a reviewer's one MC or one plain track of the file.
	 */
	static void checkScope(Findings findings, String pointer, JsonNode role, Set<String> mcs, Set<String> tracks) {
		String mc = Findings.text(role.get("microconference"));
		String track = Findings.text(role.get("track"));
		String name = Findings.text(role.get("role"));
		if ("ORGANISER".equals(name) && (mc != null || track != null)) {
			findings.add(pointer,
					"an organiser's role covers the whole event: give no \"microconference\" or " + "\"track\"");
		}
		if ("REVIEWER".equals(name) && (mc == null) == (track == null)) {
			findings.add(pointer, "a reviewer reviews one \"microconference\" or one \"track\", one of them");
		}
		knownMicroconference(findings, mcs, pointer + "/microconference", mc);
		if (track != null && !tracks.contains(track)) {
			findings.add(pointer + "/track",
					"unknown track \"" + track + "\": no entry of \"plainTracks\" has this slug");
		}
	}

	/** Reports an address that no entry of {@code accounts} has. */
	static void knownAccount(Findings findings, Set<String> addressKeys, String pointer, String email) {
		if (email != null && !addressKeys.contains(EmailKeys.of(email))) {
			findings.add(pointer, "unknown account " + email + ": no entry of \"accounts\" has this address");
		}
	}

	/** Reports a slug that no entry of {@code microconferences} has. */
	static void knownMicroconference(Findings findings, Set<String> slugs, String pointer, String slug) {
		if (slug != null && !slugs.contains(slug)) {
			findings.add(pointer,
					"unknown microconference \"" + slug + "\": no entry of \"microconferences\" has this slug");
		}
	}

	/** The ids of the file's {@code people}. */
	static Set<String> personIds(Findings findings) {
		Set<String> ids = new HashSet<>();
		Findings.elements(findings.root().get("people")).forEach(person -> {
			String id = Findings.text(person.get("id"));
			if (id != null) {
				ids.add(id);
			}
		});
		return ids;
	}

	/**
	 * Reports a person id that no entry of {@code people} has.
	 * @return whether the id is absent or known
	 */
	static boolean knownPerson(Findings findings, Set<String> personIds, String pointer, String personRef) {
		if (personRef != null && !personIds.contains(personRef)) {
			findings.add(pointer, "unknown person \"" + personRef + "\": no entry of \"people\" has this id");
			return false;
		}
		return true;
	}

	/** The keys of the addresses of the file's {@code accounts}. */
	static Set<String> addressKeys(Findings findings) {
		Set<String> keys = new HashSet<>();
		Findings.elements(findings.root().get("accounts")).forEach(account -> {
			String email = Findings.text(account.get("email"));
			if (email != null) {
				keys.add(EmailKeys.of(email));
			}
		});
		return keys;
	}

	/** The slugs of the entries of one of the file's lists. */
	static Set<String> slugs(Findings findings, String list) {
		Set<String> slugs = new HashSet<>();
		Findings.elements(findings.root().get(list)).forEach(element -> {
			String slug = Findings.text(element.get("slug"));
			if (slug != null) {
				slugs.add(slug);
			}
		});
		return slugs;
	}

}
