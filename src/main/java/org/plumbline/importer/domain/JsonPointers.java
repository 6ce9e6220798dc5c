package org.plumbline.importer.domain;

/** Builds and shortens JSON Pointers (RFC 6901), the names problems give to fields. */
public final class JsonPointers {

	private JsonPointers() {
	}

	public static String child(String parent, String property) {
		return parent + "/" + property.replace("~", "~0").replace("/", "~1");
	}

	public static String child(String parent, int index) {
		return parent + "/" + index;
	}

	/** The pointer of the containing value; the root's parent is the root. */
	public static String parent(String pointer) {
		int slash = pointer.lastIndexOf('/');
		return slash <= 0 ? "" : pointer.substring(0, slash);
	}

}
