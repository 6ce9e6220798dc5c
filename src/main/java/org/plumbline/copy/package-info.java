/**
 * What a copy of one event's configuration into a new event carries from feature to
 * feature: the two events, the shift of every date by whole weeks in the source's zone,
 * and what each feature copied, so that the feature that clones events (importer) and the
 * features that own the copied data meet here, not in a cycle.
 */
package org.plumbline.copy;
