package org.plumbline.material;

/** What a material is: a file kept in the database, or a link to elsewhere. */
public enum MaterialKind {

	FILE, LINK

}
