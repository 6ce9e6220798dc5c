/**
 * Pages that combine several features: the public event pages (the same bytes for every
 * anonymous visitor), and the proposer's signed-in pages of the Call for
 * Microconferences, which join the account (who is signed in, as which person) with the
 * microconference feature that does not know accounts. Nothing depends on this package,
 * so it may depend on every feature's facade without a cycle.
 */
package org.plumbline.site;
