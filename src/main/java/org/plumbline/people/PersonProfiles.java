package org.plumbline.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.plumbline.people.domain.PersonProfileRepository;
import org.plumbline.validation.FieldChecks;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's public profile and verified emails, for the account feature: an account
 * links to a person by verified email only (DOMAIN.md, L14).
 */
@Service
public class PersonProfiles {

	private final PersonProfileRepository profiles;

	private final PersonDirectory directory;

	private final PersonDuplicates duplicates;

	PersonProfiles(PersonProfileRepository profiles, PersonDirectory directory, PersonDuplicates duplicates) {
		this.profiles = profiles;
		this.directory = directory;
		this.duplicates = duplicates;
	}

	/**
	 * The person who owns a verified address: the one that already holds it (verifying it
	 * now if it was only known), or a new person under the name as typed. A person found
	 * only by a similar name is never joined here: a new person whose name is like
	 * another's becomes a duplicate suggestion for an organiser.
	 * @param address the address, as typed; compared without regard to case
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PersonSummary linkVerifiedEmail(String address, String nameAsTyped, Instant verifiedAt) {
		String addressKey = EmailKeys.of(address);
		return profiles.findPersonByEmail(addressKey).map(personId -> {
			profiles.markEmailVerified(addressKey, verifiedAt);
			return directory.findAll(List.of(personId)).get(personId);
		}).orElseGet(() -> {
			PersonSummary person = directory.create(nameAsTyped, List.of(nameAsTyped), UUID.randomUUID());
			profiles.addEmail(person.id(), address, addressKey, verifiedAt);
			duplicates.suggestDuplicatesOf(person.id());
			return person;
		});
	}

	@Transactional(readOnly = true)
	public PersonProfile profile(long personId) {
		return profiles.find(personId).orElseThrow(() -> new IllegalArgumentException("No person with id " + personId));
	}

	/**
	 * Saves a profile edited from the version the editor saw; a new name may raise a
	 * duplicate suggestion.
	 * @throws OptimisticLockingFailureException if someone saved it since
	 * @throws org.plumbline.validation.InvalidFields if a field is missing or too long
	 */
	@Transactional
	public void update(long personId, PersonProfile edited) {
		var checks = new FieldChecks();
		String name = checks.requiredLine("displayName", edited.displayName(), PersonProfile.MAX_NAME_LENGTH);
		String bio = checks.optionalText("bio", edited.bio(), PersonProfile.MAX_BIO_LENGTH);
		String affiliation = checks.optionalLine("affiliation", edited.affiliation(),
				PersonProfile.MAX_AFFILIATION_LENGTH);
		checks.throwIfAny();
		if (!profiles.update(personId, name, IdentityKey.of(name), bio, affiliation, edited.version())) {
			throw new OptimisticLockingFailureException("This profile was changed elsewhere since you opened it.");
		}
		directory.rememberSpellings(personId, List.of(name));
		duplicates.suggestDuplicatesOf(personId);
	}

}
