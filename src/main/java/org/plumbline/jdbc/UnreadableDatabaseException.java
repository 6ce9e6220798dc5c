package org.plumbline.jdbc;

/**
 * An {@link OperatorReads} read that got no answer; its message says why, in words an
 * operator reads (no stack trace, no server address).
 */
public class UnreadableDatabaseException extends RuntimeException {

	UnreadableDatabaseException(String reason) {
		super(reason);
	}

}
