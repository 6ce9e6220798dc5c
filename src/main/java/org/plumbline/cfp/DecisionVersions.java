package org.plumbline.cfp;

/**
 * What a decider's page showed of a topic, for deciding it: the topic's version, which
 * counts what its speakers changed and its announced states, and the version of its
 * recorded decision. A decision is refused as stale when either moved on, so a lead never
 * decides on text they did not see nor overwrites another lead's decision, while a
 * recorded decision leaves the speakers' own version, and their open forms, alone.
 */
public record DecisionVersions(int topicVersion, int decisionVersion) {

}
