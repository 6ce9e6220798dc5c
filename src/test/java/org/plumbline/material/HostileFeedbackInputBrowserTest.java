package org.plumbline.material;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.testsupport.ChromiumPages;
import org.plumbline.testsupport.HostilePages;
import org.plumbline.testsupport.WebClient;
import org.plumbline.testsupport.XssCorpus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, point 6, for talk feedback: the cross-site-scripting corpus written by an
 * attendee into a feedback comment, then every page that shows it (the attendee's own
 * form, the feedback received by the talk's speaker, its MC's lead and the organisers,
 * and the organisers' overview) opened in Chromium with the Content-Security-Policy
 * bypassed ({@link HostilePages}): no vector may run or reach the DOM as markup.
 */
class HostileFeedbackInputBrowserTest extends FeedbackWebTest {

	/** The comment field's own limit. */
	private static final int COMMENT_LENGTH = 4000;

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void everyPageShowingAFeedbackCommentShowsTheCorpusAsInertTextAndRunsNoneOfIt() {
		clock.set(KERNEL_TALK_STARTS);
		String comment = XssCorpus.packed(0, COMMENT_LENGTH);
		WebClient anna = signedIn(ANNA);
		HostilePages.stored("feedback", anna,
				anna.submit(formPath(kernelTalk), formPath(kernelTalk), Map.of("rating", "2", "comment", comment)));
		assertThat(signedIn(SAM).page(receivedPath(kernelTalk)).text())
			.as("the comment, shown as text (its runs of white space as one)")
			.contains(comment.replaceAll("\\s+", " "));

		HostilePages pages = new HostilePages(chromium.browser(), port);
		List<String> problems = new ArrayList<>();
		problems.addAll(pages.openAll(ANNA, PASSWORD, List.of(formPath(kernelTalk))));
		problems.addAll(pages.openAll(SAM, PASSWORD, List.of(receivedPath(kernelTalk), "/account/feedback")));
		problems.addAll(pages.openAll(LENA, PASSWORD, List.of(receivedPath(kernelTalk), overviewPath())));
		problems.addAll(pages.openAll(OLGA, PASSWORD, List.of(receivedPath(kernelTalk), overviewPath())));

		assertThat(problems).as("%d vectors in the comment", XssCorpus.vectors().size()).isEmpty();
	}

}
