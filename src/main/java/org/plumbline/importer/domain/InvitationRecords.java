package org.plumbline.importer.domain;

import static org.plumbline.importer.domain.EventFileRecords.accountId;
import static org.plumbline.importer.domain.EventFileRecords.each;

import java.util.Map;
import java.util.UUID;

import org.plumbline.account.AccountBackups;
import org.plumbline.account.BackedUpRoleInvitation;
import org.plumbline.cfp.BackedUpCoSpeakerInvitation;
import org.plumbline.cfp.TopicBackups;
import org.plumbline.event.Event;
import org.plumbline.microconference.BackedUpCoLeadInvitation;
import org.plumbline.microconference.MicroconferenceBackups;
import org.plumbline.schedule.AgendaFeedBackups;
import org.plumbline.schedule.BackedUpAgendaFeed;
import org.springframework.stereotype.Component;

/**
 * Writes back an event data file's invitations and calendar-feed addresses under their
 * links' hashes, through the features that own them, each where the database refuses it
 * reported at its place in the file. Part of {@link EventFileImporter}'s one transaction;
 * nobody is mailed.
 */
@Component
class InvitationRecords {

	private final AccountBackups accounts;

	private final MicroconferenceBackups microconferences;

	private final TopicBackups topics;

	private final AgendaFeedBackups feeds;

	InvitationRecords(AccountBackups accounts, MicroconferenceBackups microconferences, TopicBackups topics,
			AgendaFeedBackups feeds) {
		this.accounts = accounts;
		this.microconferences = microconferences;
		this.topics = topics;
		this.feeds = feeds;
	}

	/**
	 * Stores them beside the accounts, MCs' proposals, plain tracks and topics stored
	 * already.
	 */
	void write(Event event, EventFileContent content, TimetableImport.StoredIds ids, Map<String, Long> accountIds) {
		FileInvitations invitations = content.invitations();
		each(content, invitations.roles(), "roleInvitations", "role invitation",
				invitation -> accounts.restoreRoleInvitation(event, TimetableImport.ACTOR,
						new BackedUpRoleInvitation(invitation.email(), invitation.role(),
								ids.microconferences().get(invitation.microconference()),
								ids.plainTracks().get(invitation.track()), invitation.tokenSha256(),
								accountId(accountIds, invitation.invitedBy()), invitation.createdAt(),
								invitation.expiresAt(), invitation.acceptedAt(),
								accountId(accountIds, invitation.acceptedBy()), invitation.revokedAt())));
		each(content, invitations.coLeads(), "coLeadInvitations", "co-lead invitation", invitation -> microconferences
			.restoreCoLeadInvitation(event, TimetableImport.ACTOR,
					new BackedUpCoLeadInvitation(ids.microconferences().get(invitation.microconference()),
							invitation.email(), invitation.tokenSha256(), accountId(accountIds, invitation.invitedBy()),
							invitation.createdAt(), invitation.expiresAt(), invitation.answer(),
							accountId(accountIds, invitation.answeredBy()), invitation.answeredAt(),
							invitation.closed())));
		Map<UUID, Long> topicIds = ids.topics();
		each(content, invitations.coSpeakers(), "coSpeakerInvitations", "co-speaker invitation",
				invitation -> topics.restoreCoSpeakerInvitation(event, TimetableImport.ACTOR,
						new BackedUpCoSpeakerInvitation(topicIds.get(invitation.topic()), invitation.email(),
								invitation.tokenSha256(), accountId(accountIds, invitation.invitedBy()),
								invitation.createdAt(), invitation.expiresAt(), invitation.closedAt(),
								invitation.outcome(), accountId(accountIds, invitation.closedBy()))));
		each(content, invitations.agendaFeeds(), "agendaFeeds", "agenda feed",
				feed -> feeds.restore(event, TimetableImport.ACTOR,
						new BackedUpAgendaFeed(accountId(accountIds, feed.account()), feed.visitorSha256(),
								feed.tokenSha256(), feed.createdAt())));
	}

}
