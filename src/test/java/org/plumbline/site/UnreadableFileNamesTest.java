package org.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.cfp.TopicState;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A file name with a NUL character, which Tomcat refuses to read a form with: every
 * upload form answers 400 with the reason, not the error page of a failed site.
 */
class UnreadableFileNamesTest extends CallForMcWebTest {

	@Autowired
	ApplicationContext context;

	@Test
	void anUploadWhoseFileNameHoldsANulIsRefusedWithTheReasonNotAnErrorPage() {
		ScheduleFixture schedule = new ScheduleFixture(context);
		accounts.grant(schedule.event().id(), organiserId, EventRole.ORGANISER, null);
		long talk = schedule.topic("kernel", "A NUL in a file name", TopicState.ACCEPTED, 30,
				people.create("Nia Nul", List.of("Nia Nul"), null).id());
		WebClient olga = organiser();
		String materials = "/manage/" + ScheduleFixture.EVENT + "/talks/" + talk + "/materials";
		String statements = "/manage/" + EVENT + "/registration/statements";

		HttpResponse<String> slides = olga.postMultipart(materials + "/files",
				olga.formFields(materials, materials + "/files"), "file", "slides\u0000.pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		HttpResponse<String> statement = olga.postMultipart(statements,
				olga.formFields("/manage/" + EVENT + "/registration/payments", statements), "file", "bank\u0000.csv",
				"date,amount,text\n2027-01-02,10.00,PL-ABC\n".getBytes(StandardCharsets.UTF_8));

		for (HttpResponse<String> refused : List.of(slides, statement)) {
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body()).contains("the name of an uploaded file holds a NUL character");
			assertThat(refused.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		}
		assertThat(count("SELECT COUNT(*) FROM talk_material WHERE topic_id = ?", talk)).isZero();
	}

	private WebClient organiser() {
		return signedIn(ORGANISER);
	}

}
