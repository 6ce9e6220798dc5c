package org.plumbline.material.web;

import jakarta.servlet.MultipartConfigElement;
import org.plumbline.material.MaterialProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The server's multipart limits, raised to follow the materials limit: a file somewhat
 * over {@code plumbline.materials.max-file-size} is still read, so that the materials
 * page tells its name and size, whatever {@code spring.servlet.multipart.max-file-size}
 * says. Beyond twice the materials limit the server stops reading, and
 * {@link MaterialPages} tells the limit without them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "spring.servlet.multipart.enabled", matchIfMissing = true)
class UploadLimits {

	/** What the rest of a form (title, token, the parts' headers) may add to its file. */
	static final DataSize FORM_MARGIN = DataSize.ofMegabytes(1);

	@Bean
	MultipartConfigElement multipartConfigElement(MultipartProperties multipart, MaterialProperties materials) {
		long file = atLeast(multipart.getMaxFileSize(), 2 * materials.maxFileSize().toBytes());
		long request = atLeast(multipart.getMaxRequestSize(), file + FORM_MARGIN.toBytes());
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setLocation(multipart.getLocation());
		factory.setMaxFileSize(DataSize.ofBytes(file));
		factory.setMaxRequestSize(DataSize.ofBytes(request));
		factory.setFileSizeThreshold(multipart.getFileSizeThreshold());
		return factory.createMultipartConfig();
	}

	/**
	 * The configured limit, raised to the floor; a negative one means none, and stays.
	 */
	private static long atLeast(DataSize configured, long floor) {
		return configured.toBytes() < 0 ? -1 : Math.max(configured.toBytes(), floor);
	}

}
