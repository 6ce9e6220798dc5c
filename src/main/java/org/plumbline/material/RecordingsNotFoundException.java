package org.plumbline.material;

/**
 * Recordings asked of an MC or session that does not exist, or by an account that may not
 * see them: to that account they do not exist. Nothing was written.
 */
public class RecordingsNotFoundException extends RuntimeException {

	RecordingsNotFoundException(String message) {
		super(message);
	}

}
