package org.plumbline.generator;

import java.util.List;

/** A preset name that no committed preset has. */
public class UnknownPresetException extends RuntimeException {

	UnknownPresetException(String name, List<String> known) {
		super("no preset \"" + name + "\"; the presets are " + String.join(", ", known));
	}

}
