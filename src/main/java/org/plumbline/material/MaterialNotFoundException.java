package org.plumbline.material;

/**
 * No such talk or material, or none the asker may see: a page answers 404 alike, so that
 * a stranger learns nothing of a private material.
 */
public class MaterialNotFoundException extends RuntimeException {

	public MaterialNotFoundException() {
		super("No such material.");
	}

}
