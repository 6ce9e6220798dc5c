package org.plumbline.importer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.account.EventRole;
import org.plumbline.cfp.BackedUpCall;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.NewEvent;
import org.plumbline.mail.BackedUpMailTemplate;
import org.plumbline.material.BackedUpMaterial;
import org.plumbline.microconference.McStatus;
import org.plumbline.question.QuestionDefinition;
import org.plumbline.microconference.Microconference.Section;
import org.plumbline.registration.BackedUpBankStatement;
import org.plumbline.registration.BackedUpFormQuestion;
import org.plumbline.registration.BackedUpPasses.Pass;
import org.plumbline.registration.BackedUpRegistration;
import org.plumbline.registration.BackedUpRegistrationSettings;
import org.plumbline.registration.BackedUpWaitingList.Tier;
import org.plumbline.registration.TicketTypeInput;
import org.plumbline.schedule.BackedUpRun;
import org.plumbline.schedule.BackedUpSchedulerInputs;
import org.plumbline.schedule.BlockPart;
import org.plumbline.schedule.ConflictKind;
import org.plumbline.schedule.RulePolicy;
import org.plumbline.schedule.TimePreference;
import org.plumbline.schedule.TimetableChange;

/**
 * A validated event data file, read into the shapes the facades take; the people in the
 * lists are still names, since which stored person each one is gets decided while
 * importing.
 *
 * @param source the file as read, to place a problem the database finds at its line and
 * column
 * @param people the file's explicit persons by their id
 * @param ticketTypes the ticket types in the file's order
 * @param plainTracks the plain tracks in the file's order
 * @param topics the topics in the file's order
 * @param releases the released timetable versions the file carries, oldest first
 * @param draft the draft timetable the file carries, or null
 * @param accounts the accounts the event refers to, in the file's order
 * @param roles the roles granted in the event, in the file's order
 * @param questions the calls' questions, each call's in order
 * @param reviews the reviews of the file's topics, in the file's order
 * @param registrations the registrations, in the file's order
 * @param passQuotas the MCs' own numbers of passes, in the file's order
 * @param passes the MC passes, in the file's order
 * @param waitingList the saved waiting-list tiers and hand placements, or null
 * @param materials the talks' materials, in the file's order
 * @param recordings the sessions' recordings, in the file's order
 * @param registrationQuestions the registration form's questions in order, retired ones
 * included
 * @param callDefaults the event's default call for topics, or null
 * @param microconferenceCalls the MCs' calls' own settings, of those that have any, by MC
 * slug
 * @param conflicts the conflicts of interest marked and declared, in the file's order
 * @param confirmations the speakers' answers to accepted topics, in the file's order
 * @param reviewPhases the event's default review window, if the file gives one, then the
 * calls' own, in the file's order
 * @param registrationSettings the event's saved registration rules, or null
 * @param microconferenceCall the window of the Call for Microconferences, or null
 * @param mcProposals the Call for Microconferences' proposals, in the file's order
 * @param scheduler the scheduler's inputs the file gives
 * @param invitations the invitations, open or closed, and the agendas' feed addresses
 * @param bankStatements the uploaded bank statements, in the file's order
 * @param mailTemplates the event's own mail texts, in the file's order
 * @param feedback the attendees' feedback on the talks, in the file's order
 * @param interestMarks the interest marks on the MCs and talks, in the file's order
 * @param solverRuns the solver runs, in the file's order
 */
public record EventFileContent(LocatedJson source, NewEvent event, Map<String, FilePerson> people,
		List<FileMicroconference> microconferences, List<FileTicketType> ticketTypes, List<FilePlainTrack> plainTracks,
		List<FileTopic> topics, List<FileRelease> releases, FileTimetable draft, List<FileAccount> accounts,
		List<FileRole> roles, List<FileQuestion> questions, List<FileReview> reviews,
		List<FileRegistration> registrations, List<FilePassQuota> passQuotas, List<FilePass> passes,
		FileWaitingList waitingList, List<FileMaterial> materials, List<FileRecording> recordings,
		List<BackedUpFormQuestion> registrationQuestions, BackedUpCall callDefaults,
		Map<String, BackedUpCall> microconferenceCalls, FileConflicts conflicts, List<FileConfirmation> confirmations,
		List<FileReviewPhase> reviewPhases, BackedUpRegistrationSettings registrationSettings,
		FileWindow microconferenceCall, List<FileMcProposal> mcProposals, FileScheduler scheduler,
		FileInvitations invitations, List<FileBankStatement> bankStatements, List<BackedUpMailTemplate> mailTemplates,
		List<FileFeedback> feedback, List<FileInterestMark> interestMarks, List<FileRun> solverRuns) {

	/** The latest released version, or null. */
	public FileRelease latestRelease() {
		return releases.isEmpty() ? null : releases.getLast();
	}

	/**
	 * A plain track; {@code opensAt}, {@code closesAt} and {@code minutesBudget} are null
	 * for the event's.
	 */
	public record FilePlainTrack(String slug, String name, Instant opensAt, Instant closesAt, List<Integer> durations,
			Integer minutesBudget) {
	}

	/**
	 * A topic, its call named by the MC's or plain track's slug; its speakers still
	 * names, the accounts that submitted and decided it their addresses. What the file
	 * leaves out is null.
	 */
	public record FileTopic(UUID guid, String call, TopicState state, TopicState pendingState, String title,
			String abstractText, Integer durationMinutes, String notes, Instant createdAt, Instant updatedAt,
			Instant submittedAt, Instant decidedAt, Instant announcedAt, String cancelReason, Integer exportNumber,
			String submittedBy, String decidedBy, List<FileAnswer> answers, List<ListedName> speakers) {
	}

	/**
	 * A topic's answer to a question of its call, the question by its number (from 1)
	 * among that call's questions in the file.
	 */
	public record FileAnswer(int question, String answer) {
	}

	/**
	 * A question of the call named by an MC's or plain track's slug; {@code retiredAt}
	 * null for one still asked.
	 */
	public record FileQuestion(String call, QuestionDefinition definition, Instant retiredAt) {
	}

	/**
	 * A registration, its ticket type by its number (from 1) in the file's
	 * {@code ticketTypes} or the pass it was made with by its number in {@code passes}
	 * (the other null), its accounts by their addresses, the bank statement its payment
	 * was recorded from by its number in {@code bankStatements} (or null), its answers to
	 * the form's questions by their numbers in {@code registrationQuestions}.
	 */
	public record FileRegistration(Integer ticketType, Integer pass, String account, String paidBy,
			Integer paidByStatement, BackedUpRegistration registration, List<FileAnswer> answers) {
	}

	/**
	 * An uploaded bank statement, its organisers by address (null for none or a deleted
	 * account); its id and accounts not yet stored.
	 */
	public record FileBankStatement(String uploadedBy, String appliedBy, BackedUpBankStatement statement) {
	}

	/**
	 * An attendee's feedback on a talk, the talk by its topic's GUID, the attendee by
	 * address; {@code comment} may be null.
	 */
	public record FileFeedback(UUID topic, String account, int rating, String comment, Instant createdAt,
			Instant updatedAt) {
	}

	/**
	 * An interest mark by an account (its address) or a visitor (the hash of the id in
	 * their cookie), on an MC (its slug) or a talk (its topic's GUID); the others null.
	 */
	public record FileInterestMark(String account, String visitor, String microconference, UUID topic,
			Instant markedAt) {
	}

	/**
	 * A material of the topic with this GUID, the account that added it by address (null
	 * when unknown), a file's bytes (null for a link); the topic's id in {@code material}
	 * is not stored yet (0).
	 */
	public record FileMaterial(UUID topic, String addedBy, BackedUpMaterial material, byte[] content) {
	}

	/**
	 * A session's recording, the session by its GUID; {@code url} is empty once it was
	 * removed.
	 */
	public record FileRecording(UUID session, String url, Instant updatedAt, List<FileOffset> talks) {
	}

	/** The second a talk, by its topic's GUID, starts at in its session's recording. */
	public record FileOffset(UUID topic, int offset) {
	}

	/** An MC's own number of passes, the MC by its slug. */
	public record FilePassQuota(String microconference, int passes) {
	}

	/**
	 * An MC pass, its MC by its slug, the lead who gave it by address (null when
	 * unknown).
	 */
	public record FilePass(String microconference, String assignedBy, Pass pass) {
	}

	/**
	 * The saved tiers, each with its number (from 1) in the file as its id, and the hand
	 * placements.
	 */
	public record FileWaitingList(Instant updatedAt, List<Tier> tiers, List<FilePlacement> placements) {
	}

	/**
	 * An account placed in a tier by hand: the tier by its number in the file, the
	 * accounts by address ({@code placedBy} null when unknown).
	 */
	public record FilePlacement(String account, int tier, String placedBy, Instant placedAt, String reason) {
	}

	/** A review of a topic by its GUID, the reviewer by the account's address. */
	public record FileReview(UUID topic, String reviewer, int score, String comment, Instant createdAt,
			Instant updatedAt) {
	}

	/**
	 * A speaker's answer to an accepted topic, the topic by its GUID, the speaker by the
	 * id of its {@code people[]} entry; {@code answer}, {@code answeredAt} and
	 * {@code remindedAt} are null until given.
	 */
	public record FileConfirmation(UUID topic, String person, Instant announcedAt, TopicState answer,
			Instant answeredAt, Instant remindedAt) {
	}

	/**
	 * A review window: the event's default when {@code call} is null, else the own window
	 * of the call of the MC or plain track with that slug.
	 */
	public record FileReviewPhase(String call, FileWindow window) {
	}

	/**
	 * An MC proposal's own records, its MC by slug, accounts by address; the instants of
	 * a step it never took and the accounts since deleted are null.
	 */
	public record FileMcProposal(String microconference, String proposedBy, McStatus pendingDecision, String decidedBy,
			Instant decidedAt, Instant createdAt, Instant updatedAt, Instant submittedAt, Instant announcedAt,
			List<FileProposalLead> leads, List<FileProposalReview> reviews) {
	}

	/**
	 * A lead-to-be: the name as written, the id of its {@code people[]} entry, the
	 * address.
	 */
	public record FileProposalLead(String name, String person, String email) {
	}

	/**
	 * An organiser's review of a proposal, the organiser by address; {@code comment} may
	 * be null.
	 */
	public record FileProposalReview(String reviewer, String reviewerName, int score, String comment,
			Instant updatedAt) {
	}

	/**
	 * What the organisers and MC leads chose for the timetable's checks and the
	 * scheduler, in the file's order; none of each where the file gives none.
	 *
	 * @param releaseAcceptedTalks the release switch, or null where the file gives none
	 */
	public record FileScheduler(Boolean releaseAcceptedTalks, List<FilePolicy> policies,
			List<BackedUpSchedulerInputs.Weight> weights, List<FilePreference> preferences,
			List<FilePeriod> unavailability) {
	}

	/** The policy an event chose for one kind of timetable conflict. */
	public record FilePolicy(ConflictKind kind, RulePolicy policy) {
	}

	/**
	 * What an MC's leads said of one time block, the MC by its slug and the block by its
	 * date and label.
	 */
	public record FilePreference(String microconference, LocalDate date, String block, TimePreference preference) {
	}

	/**
	 * An interval of declared unavailability of one {@code people[]} entry or one room
	 * (by its name): exactly one of the two.
	 */
	public record FilePeriod(String person, String room, Instant startsAt, Instant endsAt, String reason) {
	}

	/**
	 * A solver run as the file gives it.
	 *
	 * @param run the run, its files naming persons by {@code people[]} id and blocks by
	 * label ({@link org.plumbline.schedule.RunFileKeys}), its {@code requestedBy} unset
	 * @param requestedBy the address of the account that started it, or null
	 */
	public record FileRun(BackedUpRun run, String requestedBy) {
	}

	/** A window that opens at one instant and closes at a later one. */
	public record FileWindow(Instant opensAt, Instant closesAt) {
	}

	/** The conflicts of interest of the event. */
	public record FileConflicts(List<FileConflictMark> marks, List<FileDeclaredConflict> declarations) {
	}

	/**
	 * An organiser's mark: the account and the organiser ({@code markedBy}, null when
	 * unknown) by their addresses, the person by the id of its {@code people[]} entry.
	 */
	public record FileConflictMark(String account, String person, String reason, String markedBy, Instant markedAt) {
	}

	/**
	 * A reviewer's declaration, the topic by its GUID, the account by its address;
	 * {@code reason} is null when they gave none.
	 */
	public record FileDeclaredConflict(UUID topic, String account, String reason, Instant declaredAt) {
	}

	/**
	 * An account by its address; {@code person} is the id of its {@code people[]} entry,
	 * null (with {@code emailVerifiedAt}) for an account not linked to a person.
	 */
	public record FileAccount(String email, String name, String person, Instant emailVerifiedAt, Instant createdAt) {
	}

	/**
	 * A role in the event: an organiser's, or a reviewer's of the MC or plain track named
	 * by its slug; accounts by their addresses, {@code grantedBy} null when unknown.
	 */
	public record FileRole(EventRole role, String account, String microconference, String track, Instant grantedAt,
			String grantedBy) {
	}

	/**
	 * An entry of {@code people[]}; {@code guid}, {@code bio} and {@code affiliation} are
	 * null when the file gives none.
	 */
	public record FilePerson(String id, String name, UUID guid, String bio, String affiliation) {
	}

	/**
	 * A name as written in a list, the role written beside it (key attendees), and its
	 * optional pin.
	 */
	public record ListedName(String name, String role, String personRef) {
	}

	/** A ticket type as the organisers' form would type it, with its codes as written. */
	public record FileTicketType(TicketTypeInput input, List<String> codes) {
	}

	public record FileMicroconference(UUID guid, String slug, String title, McStatus status, String description,
			List<Section> sections, List<ListedName> keyAttendees, String leadsCaption, List<ListedName> leads) {
	}

	/**
	 * A released version of the timetable; {@code changeNote} is null when the file gives
	 * none, {@code changes} null when it carries no changelog (one is computed).
	 */
	public record FileRelease(int number, Instant releasedAt, String changeNote, FileTimetable timetable,
			List<FileChange> changes) {

		public List<FileSession> sessions() {
			return timetable.sessions();
		}

		public List<FileBreak> breaks() {
			return timetable.breaks();
		}

	}

	/**
	 * The sessions and breaks of a released version or of the draft.
	 *
	 * @param version the draft's version, or {@code null} (a release's, or a draft the
	 * file gives none)
	 */
	public record FileTimetable(List<FileSession> sessions, List<FileBreak> breaks, Integer version) {
	}

	/**
	 * An MC's or a plain track's session: the slug of one of them (the other null), a
	 * room's name, a time block by date and label, the part of the block it takes, and
	 * its talks; {@code guid} and {@code exportNumber} are null when the file gives none.
	 */
	public record FileSession(String microconference, String track, String room, LocalDate date, String block,
			BlockPart part, UUID guid, Integer exportNumber, boolean pinned, List<FileTalk> talks) {
	}

	/** A topic placed in a session, by its GUID, in local times of the session's day. */
	public record FileTalk(UUID topic, LocalTime start, LocalTime end) {
	}

	/**
	 * A break on a day, in local times of the event's zone; {@code room} is null for a
	 * break in every room, {@code guid} and {@code exportNumber} null when the file gives
	 * none.
	 */
	public record FileBreak(String title, LocalDate date, LocalTime start, LocalTime end, String room, UUID guid,
			Integer exportNumber) {
	}

	/** A line of a release's changelog; {@code topic} is null for a session's line. */
	public record FileChange(TimetableChange.Kind kind, UUID subject, UUID topic, String words) {
	}

}
