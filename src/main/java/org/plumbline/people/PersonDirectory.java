package org.plumbline.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.people.domain.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people feature's facade: creating persons and looking them up for other features.
 */
@Service
public class PersonDirectory {

	private final PersonRepository persons;

	PersonDirectory(PersonRepository persons) {
		this.persons = persons;
	}

	/**
	 * Holds the person's row until the caller's transaction ends, for changes about one
	 * person that must take turns (a conflict mark against them and their becoming or
	 * ceasing to be a speaker): a second holder waits. Rows that refer to the person are
	 * written meanwhile without waiting. Taken before the rows the change then locks
	 * (topics), in every such change, so that no two wait for each other in a circle.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(long personId) {
		persons.lock(personId);
	}

	/**
	 * Creates a person under a display name, remembering every spelling seen of it.
	 * @param guid the GUID to store, or {@code null} for a new random one
	 */
	@Transactional
	public PersonSummary create(String displayName, Collection<String> nameVariants, UUID guid) {
		return create(displayName, nameVariants, guid, null, null);
	}

	/**
	 * Creates a person as {@link #create(String, Collection, UUID)}, with the bio and
	 * affiliation a backup of theirs holds.
	 * @param bio the bio, or {@code null}
	 * @param affiliation the affiliation, or {@code null}
	 */
	@Transactional
	public PersonSummary create(String displayName, Collection<String> nameVariants, UUID guid, String bio,
			String affiliation) {
		UUID storedGuid = guid != null ? guid : UUID.randomUUID();
		long id = persons.insert(storedGuid, displayName, IdentityKey.of(displayName), bio, affiliation);
		persons.addNameVariants(id, nameVariants);
		return new PersonSummary(id, storedGuid, displayName);
	}

	/**
	 * Remembers further spellings of a person's name, such as those of a re-imported
	 * list.
	 */
	@Transactional
	public void rememberSpellings(long personId, Collection<String> nameVariants) {
		persons.addNameVariants(personId, nameVariants);
	}

	/**
	 * The person stored under a GUID; for a person merged into another, the one it now
	 * points to.
	 */
	@Transactional(readOnly = true)
	public Optional<PersonSummary> findByGuid(UUID guid) {
		return persons.findByGuid(guid);
	}

	/**
	 * The persons, not merged into anyone, whose name has this identity key (see
	 * {@link IdentityKey}); none for an empty key, which matches nobody.
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> findByIdentityKey(String identityKey) {
		if (identityKey.isEmpty()) {
			return List.of();
		}
		return persons.liveWithKey(-1, identityKey)
			.stream()
			.map(row -> new PersonSummary(row.id(), row.guid(), row.displayName()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Map<Long, PersonSummary> findAll(Collection<Long> ids) {
		return persons.findAll(ids);
	}

	/** What the persons show about themselves on speaker pages, by id. */
	@Transactional(readOnly = true)
	public Map<Long, PersonProfile> profiles(Collection<Long> ids) {
		return persons.profiles(ids);
	}

}
