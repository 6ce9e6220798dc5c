package org.plumbline.importer;

/**
 * The clone form's fields as the browser sends them.
 *
 * @param proposals whether the accepted MCs become proposals of the new event; a box left
 * unticked sends nothing, so {@code null} is no
 */
public record EventCloneRequest(String slug, String name, String weeks, Boolean proposals) {

	public boolean proposed() {
		return Boolean.TRUE.equals(proposals);
	}

	/** A field as typed, for showing it again. */
	public static String shown(String typed) {
		return typed == null ? "" : typed;
	}

}
