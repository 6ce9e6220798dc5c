package org.plumbline.generator;

/**
 * A generation the generator refuses before writing anything, with the reason in words.
 */
public class GenerationRefusedException extends RuntimeException {

	GenerationRefusedException(String message) {
		super(message);
	}

}
