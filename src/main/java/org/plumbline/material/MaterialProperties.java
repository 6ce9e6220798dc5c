package org.plumbline.material;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of talk materials.
 *
 * @param maxFileSize the largest file that may be attached to a talk; the server's own
 * multipart limits follow it (at least twice it), so that a bigger file is refused with
 * the materials page's message
 */
@ConfigurationProperties("plumbline.materials")
public record MaterialProperties(@DefaultValue("50MB") DataSize maxFileSize) {

	public MaterialProperties {
		if (maxFileSize.toBytes() <= 0) {
			throw new IllegalArgumentException("plumbline.materials.max-file-size must be above zero");
		}
	}

}
