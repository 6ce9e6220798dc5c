package org.plumbline.microconference;

/**
 * A proposal's text as its form edits it: the title and the MC model's fields. Each list
 * field is the text {@link org.plumbline.microconference.domain.SectionBodies} reads ("-
 * " starts an item, "[1] " a reference), stored as the MC's ordered entries, so that an
 * accepted proposal is an MC like any other and its leads edit it on the MC text page.
 */
public record McProposalText(String title, String description, String topics, String audience, String keyAttendees,
		String references) {

	public static final int MAX_TITLE_LENGTH = 200;

	public static final McProposalText EMPTY = new McProposalText("", "", "", "", "", "");

}
