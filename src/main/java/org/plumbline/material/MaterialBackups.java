package org.plumbline.material;

import java.util.Map;

import org.plumbline.material.domain.MaterialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an event's backup in an event data file must know of its materials, feedback and
 * recordings: for now, how many of them the file does not carry.
 */
@Service
public class MaterialBackups {

	private final MaterialRepository materials;

	MaterialBackups(MaterialRepository materials) {
		this.materials = materials;
	}

	/**
	 * What of the event the event data file does not carry yet: a count per kind (a
	 * singular noun), zero included, in a fixed order.
	 */
	@Transactional(readOnly = true)
	public Map<String, Integer> notInEventFile(long eventId) {
		return materials.notInEventFile(eventId);
	}

}
