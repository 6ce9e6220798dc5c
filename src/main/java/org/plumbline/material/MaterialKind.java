package org.plumbline.material;

/**
 * What a material is: a file kept in the database, a link to elsewhere, or a link to a
 * video of the talk itself (its own recording, beside or instead of its session's).
 */
public enum MaterialKind {

	FILE, LINK, VIDEO

}
