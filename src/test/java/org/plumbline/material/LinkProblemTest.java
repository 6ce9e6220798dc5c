package org.plumbline.material;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, point 7: only absolute http and https addresses may be linked from a talk.
 */
class LinkProblemTest {

	@ParameterizedTest
	@ValueSource(strings = { "https://example.org/slides.pdf", "http://example.org", "HTTPS://EXAMPLE.ORG/a?b=c#t=60" })
	void aWebAddressMayBeLinked(String url) {
		assertThat(TalkMaterials.linkProblem(url)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"javascript:alert(1)|Only web addresses (https:// or http://) can be linked; this one starts with javascript:.",
			"JavaScript:alert(1)|Only web addresses (https:// or http://) can be linked; this one starts with JavaScript:.",
			"data:text/html,<script>|This is no web address: Illegal character in opaque part.",
			"ftp://example.org/slides.pdf|Only web addresses (https:// or http://) can be linked; this one starts with ftp:.",
			"example.org/slides.pdf|Give the whole address, starting with https:// or http://.",
			"https:///slides.pdf|This address names no host: give it as https://example.org/slides." })
	void anyOtherAddressIsRefusedWithAReason(String url, String reason) {
		assertThat(TalkMaterials.linkProblem(url)).hasValue(reason);
	}

}
