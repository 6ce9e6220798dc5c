package org.plumbline.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.people.domain.PersonBatches;
import org.plumbline.people.domain.PersonBatches.NewVerifiedPerson;
import org.plumbline.people.domain.PersonProfileRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persons behind a generated event's accounts, by the ten thousand (its only caller
 * is account's {@code GeneratedAccounts}: {@code ModularityTest}). Each is linked as
 * {@link PersonProfiles#linkVerifiedEmail} links one, but without looking for duplicates:
 * the generator's people are made up and distinct, and the look-up reads every person
 * whose name is about as long, which for fifty thousand new people is more than an hour.
 */
@Service
public class GeneratedPersons {

	/** An address and the name its owner typed. */
	public record NamedAddress(String address, String displayName) {
	}

	private final PersonBatches batches;

	private final PersonProfileRepository profiles;

	GeneratedPersons(PersonBatches batches, PersonProfileRepository profiles) {
		this.batches = batches;
		this.profiles = profiles;
	}

	/**
	 * The person each address names, its address verified: the one that has it already,
	 * or a new one with the name.
	 * @return the persons' ids, in the order given
	 */
	@Transactional
	public List<Long> verifiedPersons(List<NamedAddress> people, Instant verifiedAt) {
		List<String> keys = people.stream().map(person -> EmailKeys.of(person.address())).toList();
		Map<String, Long> existing = batches.personsByAddressKey(keys);
		List<NewVerifiedPerson> created = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			if (!existing.containsKey(keys.get(i))) {
				created.add(new NewVerifiedPerson(UUID.randomUUID(), people.get(i).displayName(),
						people.get(i).address(), keys.get(i)));
			}
		}
		existing.keySet().forEach(key -> profiles.markEmailVerified(key, verifiedAt));
		List<Long> createdIds = batches.insertVerified(created, verifiedAt);
		List<Long> ids = new ArrayList<>();
		int next = 0;
		for (String key : keys) {
			ids.add(existing.containsKey(key) ? existing.get(key) : createdIds.get(next++));
		}
		return ids;
	}

}
