package org.plumbline.people;

import java.time.Instant;
import java.util.Optional;

import org.plumbline.people.domain.PersonProfileRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's verified addresses written back as a backup holds them, for the restore of
 * an event data file's accounts only: it marks an address verified without the owner's
 * confirmation, which no user action may do (ModularityTest keeps it to {@code account}).
 */
@Service
public class PersonBackups {

	private final PersonProfileRepository profiles;

	PersonBackups(PersonProfileRepository profiles) {
		this.profiles = profiles;
	}

	/**
	 * Gives a known person an address verified at a past instant, as a restored account
	 * of theirs had it; an address the person holds already is only marked verified.
	 * @param address the address, as typed; compared without regard to case
	 * @throws DataIntegrityViolationException if another person holds the address
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreVerifiedEmail(long personId, String address, Instant verifiedAt) {
		String addressKey = EmailKeys.of(address);
		Optional<Long> holder = profiles.findPersonByEmail(addressKey);
		if (holder.isEmpty()) {
			profiles.addEmail(personId, address, addressKey, verifiedAt);
		}
		else if (holder.get() == personId) {
			profiles.markEmailVerified(addressKey, verifiedAt);
		}
		else {
			throw new DataIntegrityViolationException("the address " + address + " belongs to another person");
		}
	}

}
