package org.plumbline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDatesTest {

	@ParameterizedTest(name = "{0} to {1} reads \"{2}\"")
	@CsvSource(delimiter = '|', textBlock = """
			2023-11-13 | 2023-11-15 | Nov 13 – 15, 2023
			2023-10-30 | 2023-11-02 | Oct 30 – Nov 2, 2023
			2023-12-30 | 2024-01-02 | Dec 30, 2023 – Jan 2, 2024
			2023-11-13 | 2023-11-13 | Nov 13, 2023
			""")
	void rangesReadAsPeopleWriteThem(LocalDate start, LocalDate end, String expected) {
		assertThat(EventDates.format(start, end)).isEqualTo(expected);
	}

}
