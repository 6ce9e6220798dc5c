package org.plumbline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;

/**
 * A call's review dashboard downloads as CSV with the page's topics, order and filter,
 * and the conflict rule applies to the file as to the page.
 */
class ReviewExportTest extends ReviewWebTest {

	static final String EXPORT = KERNEL + "/export.csv";

	@Test
	void aLeadDownloadsTheDashboardsTopicsInItsOrderWithCountsAndMeans() {
		long high = topic(kernelId, "Page tables", speakerAId);
		topic(kernelId, "Schedulers", speakerBId);
		topic(toolsId, "Compilers", speakerAId);
		review(high, reviewerKernelId, 2);
		review(high, leadKernelId, 1);

		HttpResponse<String> file = signedIn(LEAD_KERNEL).get(EXPORT + "?sort=mean", "text/csv");

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> type.startsWith("text/csv"));
		assertThat(file.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"review_conf-kernel-reviews.csv\"");
		List<CSVRecord> rows = records(file.body());
		assertThat(rows.getFirst().values()).containsExactly("Title", "Speakers", "State", "Decision not announced",
				"Minutes", "Submitted", "Reviews", "Mean score", "Your score");
		assertThat(rows.get(1).get(0)).isEqualTo("Page tables");
		assertThat(rows.get(1).get(1)).isEqualTo("Ana Speaker");
		assertThat(rows.get(1).get(6)).isEqualTo("2");
		assertThat(rows.get(1).get(7)).isEqualTo("1.50");
		assertThat(rows.get(1).get(8)).isEqualTo("1");
		assertThat(rows.get(2).get(0)).isEqualTo("Schedulers");
		assertThat(rows).hasSize(3);
		assertThat(records(signedIn(LEAD_KERNEL).get(EXPORT + "?mine=unreviewed", "text/csv").body()))
			.extracting(row -> row.get(0))
			.containsExactly("Title", "Schedulers");
	}

	@Test
	void aConflictedReviewersFileLeavesOutTheTopicAndTheirReviewLeavesOtherMeans() {
		long marked = topic(kernelId, "Ana's", speakerAId);
		long clean = topic(kernelId, "Clean", speakerBId);
		review(clean, reviewerKernelId, -2);
		review(clean, leadKernelId, 2);
		review(marked, leadKernelId, 2);
		jdbc.sql("""
				INSERT INTO conflict_mark (event_id, account_id, person_id, reason, marked_by, marked_at)
				VALUES (?, ?, ?, 'Advisor', ?, CURRENT_TIMESTAMP)""")
			.params(event.id(), reviewerKernelId, personOf(speakerBId), organiserId)
			.update();

		List<CSVRecord> ritas = records(signedIn(REVIEWER_KERNEL).get(EXPORT, "text/csv").body());
		List<CSVRecord> lenas = records(signedIn(LEAD_KERNEL).get(EXPORT + "?sort=title", "text/csv").body());

		assertThat(ritas).extracting(row -> row.get(0)).containsExactly("Title", "Ana's");
		assertThat(lenas).extracting(row -> row.get(0) + " " + row.get(6) + " " + row.get(7))
			.containsExactly("Title Reviews Mean score", "Ana's 1 2.00", "Clean 1 2.00");
	}

	@Test
	void aTitleThatASpreadsheetWouldRunAsAFormulaIsExportedAsText() {
		topic(kernelId, "=HYPERLINK(\"http://evil.example\",\"click\")", speakerAId);

		List<CSVRecord> rows = records(signedIn(LEAD_KERNEL).get(EXPORT, "text/csv").body());

		assertThat(rows.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
	}

	@Test
	void aLeadOfAnotherMcAndASpeakerGetNotFound() {
		topic(kernelId, "Page tables", speakerAId);

		assertThat(signedIn(LEAD_TOOLS).get(EXPORT, "text/csv").statusCode()).isEqualTo(404);
		assertThat(signedIn(SPEAKER_A).get(EXPORT, "text/csv").statusCode()).isEqualTo(404);
		assertThat(WebClient.browser(port).get(EXPORT, "text/csv").statusCode()).isEqualTo(302);
	}

	private static List<CSVRecord> records(String csv) {
		assertThat(csv).as("a byte order mark tells spreadsheets the file is UTF-8").startsWith("\uFEFF");
		try {
			return CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
