package org.plumbline.schedule.instance;

/**
 * A scheduling instance, solution or report file that cannot be read: the message names
 * the file's item at fault (by JSON Pointer or by id).
 */
public class InstanceFileException extends RuntimeException {

	InstanceFileException(String message) {
		super(message);
	}

}
