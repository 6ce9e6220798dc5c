package org.plumbline.people;

/**
 * What a person shows about themselves on speaker pages.
 *
 * @param displayName the name as they write it
 * @param bio a few sentences, or {@code null}
 * @param affiliation employer or project, or {@code null}
 * @param version the stored version, for optimistic locking of edits
 */
public record PersonProfile(String displayName, String bio, String affiliation, int version) {

	public static final int MAX_NAME_LENGTH = 200;

	public static final int MAX_BIO_LENGTH = 5000;

	public static final int MAX_AFFILIATION_LENGTH = 200;

}
