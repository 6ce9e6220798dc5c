package org.plumbline.schedule;

/**
 * What an MC's leads say of one time block for their MC; a block they say nothing of is
 * fine for it.
 */
public enum TimePreference {

	PREFERRED, AVOIDED

}
