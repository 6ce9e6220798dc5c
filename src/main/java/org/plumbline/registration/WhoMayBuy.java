package org.plumbline.registration;

/** Who may buy a ticket type: anyone, or only holders of one of its codes. */
public enum WhoMayBuy {

	ANYONE("Anyone"), CODE_HOLDERS("Holders of a code");

	private final String words;

	WhoMayBuy(String words) {
		this.words = words;
	}

	/** As the organisers' pages say it. */
	public String words() {
		return words;
	}

}
