package org.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.plumbline.event.EventSlugs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * An event whose slug equals a path the application maps itself would be unreachable, so
 * every first path segment the application maps (controllers, actuator, resource
 * handlers, files under static/) is a reserved slug (DOMAIN.md, "Event slugs").
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "plumbline.demo.enabled=true")
@ActiveProfiles("test")
class MappedPathsAreReservedSlugsTest {

	@Autowired
	ApplicationContext context;

	@Test
	void everyLiteralFirstPathSegmentTheApplicationMapsIsAReservedSlug() throws IOException {
		Set<String> segments = mappedFirstSegments();

		assertThat(segments).contains("assets", "actuator", "error");
		assertThat(segments).as("first path segments mapped by the application but missing from EventSlugs.RESERVED")
			.allSatisfy(segment -> assertThat(EventSlugs.RESERVED).contains(segment));
	}

	private Set<String> mappedFirstSegments() throws IOException {
		Set<String> segments = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				info.getPatternValues().forEach(pattern -> addFirstLiteralSegment(pattern, segments));
			}
		}
		for (AbstractUrlHandlerMapping mapping : context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
			for (Map.Entry<?, Object> entry : mapping.getHandlerMap().entrySet()) {
				addFirstLiteralSegment(entry.getKey().toString(), segments);
			}
		}
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:/static/*")) {
			if (resource.getFilename() != null && !resource.getFilename().isEmpty()) {
				segments.add(resource.getFilename());
			}
		}
		return segments;
	}

	/**
	 * "/assets/**" gives "assets"; "/{event}/" and "/**" give nothing: they are not
	 * literal.
	 */
	private static void addFirstLiteralSegment(String pattern, Set<String> segments) {
		String path = pattern.startsWith("/") ? pattern.substring(1) : pattern;
		int slash = path.indexOf('/');
		String first = slash < 0 ? path : path.substring(0, slash);
		if (!first.isEmpty() && !first.contains("{") && !first.contains("*") && !first.contains("?")) {
			segments.add(first);
		}
	}

}
