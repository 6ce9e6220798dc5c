package org.plumbline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonDuplicates;
import org.plumbline.schedule.TimetableReleases;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.plumbline.token.OneTimeTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Issue 9, point 6: every route of the application, as its handler mappings list them,
 * asked by every kind of user, each answer written down as a literal. A route without a
 * row fails the test, so no route slips in untested; a row without a route fails too.
 * <p>
 * The users: anonymous, two users with no role (A, B), the leads of MC X and of MC Y
 * (listed as leads, DOMAIN.md L7), a reviewer of X, an organiser of the event, and the
 * site admin. Posts carry the session's CSRF token (posts without one are refused in
 * {@link AccountFlowTest}); anonymous posts carry a token of an anonymous session, so
 * that what is tested is the right, not the token. {grant} and {invitation} name a
 * victim's role and invitation, restored before every request; {id} a failed message of
 * the event, which organisers and the admin may resend; {purpose} a mail purpose that
 * events may have their own text for; {suggestion} a duplicate suggestion of MC X's lead,
 * reopened before every request (a post without choices merges nothing); {call} is MC X's
 * call (with no window yet); {topic} a draft of user A's to it, but in the answer and
 * cancel routes an accepted topic of user A's, which A is asked to confirm through the
 * link of {@value #ANSWER_TOKEN} (posts without a choice are refused) and organisers and
 * the admin may cancel (posts without the form's version are refused), and in the review
 * routes a submitted topic of user B's to it with reviewer X as co-speaker (conflicted:
 * 404 to them), where the conflicts the others declare are undone before every request;
 * {mark} a conflict mark of lead Y's, which organisers may remove; {declaration} a
 * conflict lead Y declared with A's accepted topic, which organisers may remove;
 * {question} a question of that call; {coSpeakerInvitation} an invitation of user B to
 * A's topic, reopened before every request, and {token} its link's secret (B's answer is
 * refused, as the call has no window, or closes the invitation, which is reopened; to the
 * co-lead invitation routes it is a link that is not one of theirs); {proposal} an MC
 * proposed by user A (the event has no Call for Microconferences window, so edits are
 * refused, and no decision is recorded); {unavailability} an interval of unavailability,
 * whose removal without the form's version is refused before it is looked up (one's own
 * interval form names no event, which is none that needs one); the interest endpoint
 * takes JSON only, so the form post every row sends is refused (415) whoever sends it;
 * the personal agenda is everyone's own, and its posts refuse an anonymous visitor who
 * has marked nothing (no visitor cookie) and a post that names no MC or talk to unmark
 * (400); {@code /actuator/health/**} asks for one component ({@code db}), whose status
 * anyone sees. The public schedule's pages, its exports and the API's routes of one event
 * ask for the released timetable of {@link ScheduleFixture}'s event (the matrix event has
 * no rooms), {talk} and {session} naming its one talk and its one MC session, {speaker}
 * that talk's speaker and {room} the session's room. An agenda feed's address is its
 * secret: whoever asks with a token that is not live gets 404. {run} is a solver run of
 * the matrix event that has finished: stopping it changes nothing, and its progress
 * stream ends at once. {ticket} is a ticket type of the matrix event and {code} a code of
 * it; changing either without the form's version is refused before it is looked up, as is
 * changing a question of the registration form (where {question} names no question).
 * Registering is everyone's own: a signed-in user who posts no ticket type is shown the
 * form again with the message, and a cancel, or an answer to an offer, without the page's
 * version is refused; so is taking back a pass {pass} or setting an MC's number of passes
 * without it, once the right to is known, and a post of one's pass answers that none is
 * given. {tier} is the first waiting-list tier of the matrix event and {account} the
 * victim's account, whose hand placement is removed; every change of the tiers without
 * the form's version is refused, as is a save of the registration settings. {statement}
 * is a bank statement uploaded to the matrix event; applying it, or marking a
 * registration paid, without the form's version is refused before anything is looked up,
 * and a post to the upload route without a file is shown the payments page again with the
 * message. Feedback on {talk} is not open yet (the talk starts in 2027), so a post of the
 * feedback form shows the form again with that message, whoever sends it; the feedback
 * the talk received is its speaker's, its MC's leads' and {@link ScheduleFixture}'s
 * event's organisers' only (of the users here, the site admin), and the feedback overview
 * of the matrix event, which has released no timetable, is its organisers' and its MCs'
 * leads'. In the materials routes {talk} is user A's accepted topic and {material} a
 * private file on it (by id, or by GUID to download): its speaker, MC X's lead, the
 * organisers and the admin see it, anyone else gets 404; a post without a file or a link
 * is shown the page again with the messages, and a change or removal without the form's
 * version is refused. {track} is the matrix event's plain track, whose recordings form is
 * its organisers' alone (MC leads get 404 as anyone else); a post that names no session
 * is refused once the right to record is known.
 */
class AuthorizationMatrixTest extends AccountWebTest {

	enum Who {

		ANONYMOUS, USER_A, USER_B, LEAD_X, LEAD_Y, REVIEWER_X, ORGANISER, ADMIN

	}

	static final String SLUG = "matrix_conf";

	static final String CO_SPEAKER_TOKEN = "matrix-co-speaker-token";

	static final String PLAIN_TRACK = "refereed";

	static final String ANSWER_TOKEN = "matrix-answer-token";

	/** Expected answers, in the order of {@link Who}. */
	static final List<Row> ROWS = List.of(
	// @formatter:off
		//                                                         anon A    B    ledX ledY revX org  admin
		get("/",                                                    200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}",                                             302, 302, 302, 302, 302, 302, 302, 302),
		get("/{event}/",                                            200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/microconferences",                            200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/microconferences/{mc}",                       200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/sponsors",                                    200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/schedule",                                    200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/schedule/list",                               200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/schedule/rooms/{room}",                       200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/talks/{talk}",                                200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/speakers/{speaker}",                          200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/talks/{talk}/feedback",                       302, 200, 200, 200, 200, 200, 200, 200),
		post("/{event}/talks/{talk}/feedback",                      302, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/talks/{talk}/feedback/received",              302, 404, 404, 404, 404, 404, 404, 200),
		get("/manage/{event}/feedback",                             302, 404, 404, 200, 200, 404, 200, 200),
		get("/account/feedback",                                    302, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/sponsors/{sponsor}/logo",                     404, 404, 404, 404, 404, 404, 404, 404),
		get("/{event}/schedule/export/schedule.xml",                200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/schedule/export/schedule.json",               200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/schedule/export/schedule.ics",                200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/schedule/export/talks/{talk}.ics",            200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/schedule/export/sessions/{session}.ics",      200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/agenda/feeds/{token}.ics",                    404, 404, 404, 404, 404, 404, 404, 404),
		get("/{event}/calls",                                       200, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/calls/{call}/topics/new",                     302, 200, 200, 200, 200, 200, 200, 200),
		post("/{event}/calls/{call}/topics/new",                    302, 400, 400, 400, 400, 400, 400, 400),
		get("/account/topics",                                      302, 200, 200, 200, 200, 200, 200, 200),
		get("/account/topics/{topic}",                              302, 200, 404, 404, 404, 404, 404, 404),
		post("/account/topics/{topic}",                             302, 400, 404, 404, 404, 404, 404, 404),
		post("/account/topics/{topic}/withdraw",                    302, 400, 404, 404, 404, 404, 404, 404),
		get("/{event}/microconferences/propose",                    302, 200, 200, 200, 200, 200, 200, 200),
		post("/{event}/microconferences/propose",                   302, 400, 400, 400, 400, 400, 400, 400),
		get("/account/proposals",                                   302, 200, 200, 200, 200, 200, 200, 200),
		get("/account/proposals/{proposal}",                        302, 200, 404, 404, 404, 404, 404, 404),
		post("/account/proposals/{proposal}",                       302, 400, 404, 404, 404, 404, 404, 404),
		post("/account/proposals/{proposal}/withdraw",              302, 400, 404, 404, 404, 404, 404, 404),
		post("/account/proposals/{proposal}/invitations",           302, 200, 404, 404, 404, 404, 404, 404),
		get("/proposals/invitations/{token}",                       302, 404, 404, 404, 404, 404, 404, 404),
		post("/proposals/invitations/{token}",                      302, 404, 404, 404, 404, 404, 404, 404),
		get("/manage/{event}/proposals",                            302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/proposals/window",                    302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/proposals/announce",                  302, 404, 404, 404, 404, 404, 302, 302),
		get("/manage/{event}/proposals/{proposal}",                 302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/proposals/{proposal}/review",         302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/proposals/{proposal}/decision",       302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/proposals/{proposal}/announce",       302, 404, 404, 404, 404, 404, 302, 302),
		post("/account/topics/{topic}/co-speakers",                 302, 200, 404, 404, 404, 404, 404, 404),
		post("/account/topics/{topic}/co-speakers/{coSpeakerInvitation}/revoke", 302, 302, 404, 404, 404, 404, 404, 404),
		get("/account/availability",                                302, 200, 200, 200, 200, 200, 200, 200),
		post("/account/availability",                               302, 404, 404, 404, 404, 404, 404, 404),
		post("/account/availability/{unavailability}/remove",       302, 400, 400, 400, 400, 400, 400, 400),
		get("/account/co-speaker-invitations/{token}",              302, 404, 200, 404, 404, 404, 404, 404),
		post("/account/co-speaker-invitations/{token}/accept",      302, 404, 200, 404, 404, 404, 404, 404),
		post("/account/co-speaker-invitations/{token}/decline",     302, 404, 200, 404, 404, 404, 404, 404),
		get("/manage/{event}/calls/{call}/questions",               302, 404, 404, 200, 404, 404, 200, 200),
		post("/manage/{event}/calls/{call}/questions",              302, 404, 404, 200, 404, 404, 200, 200),
		post("/manage/{event}/calls/{call}/questions/{question}",   302, 404, 404, 400, 404, 404, 400, 400),
		post("/manage/{event}/calls/{call}/questions/{question}/move", 302, 404, 404, 400, 404, 404, 400, 400),
		post("/manage/{event}/calls/{call}/questions/{question}/remove", 302, 404, 404, 400, 404, 404, 400, 400),
		post("/account/topics/{topic}/answer",                      302, 400, 404, 404, 404, 404, 404, 404),
		get("/account/topics/answer",                               302, 200, 404, 404, 404, 404, 404, 404),
		post("/account/topics/answer",                              302, 400, 404, 404, 404, 404, 404, 404),
		get("/manage/{event}/talks/{talk}/materials",               302, 200, 404, 200, 404, 404, 200, 200),
		post("/manage/{event}/talks/{talk}/materials/files",        302, 200, 404, 200, 404, 404, 200, 200),
		post("/manage/{event}/talks/{talk}/materials/links",        302, 200, 404, 200, 404, 404, 200, 200),
		post("/manage/{event}/talks/{talk}/materials/{material}",   302, 400, 404, 400, 404, 404, 400, 400),
		post("/manage/{event}/talks/{talk}/materials/{material}/remove", 302, 400, 404, 400, 404, 404, 400, 400),
		get("/{event}/materials/{material}",                        404, 200, 404, 200, 404, 404, 200, 200),
		get("/manage/{event}/topics/{topic}/cancel",                302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/topics/{topic}/cancel",               302, 404, 404, 404, 404, 404, 400, 400),
		get("/manage/{event}/calls",                                302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/calls",                               302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/calls/{call}",                        302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/tracks",                              302, 404, 404, 404, 404, 404, 200, 200),
		get("/signup",                                              200, 200, 200, 200, 200, 200, 200, 200),
		post("/signup",                                             200, 200, 200, 200, 200, 200, 200, 200),
		get("/signup/sent",                                         200, 200, 200, 200, 200, 200, 200, 200),
		get("/account/verify",                                      200, 200, 200, 200, 200, 200, 200, 200),
		post("/account/verify",                                     200, 200, 200, 200, 200, 200, 200, 200),
		get("/login",                                               200, 200, 200, 200, 200, 200, 200, 200),
		get("/account/reset",                                       200, 200, 200, 200, 200, 200, 200, 200),
		post("/account/reset",                                      200, 200, 200, 200, 200, 200, 200, 200),
		get("/account/reset/sent",                                  200, 200, 200, 200, 200, 200, 200, 200),
		get("/account/reset/new",                                   200, 200, 200, 200, 200, 200, 200, 200),
		post("/account/reset/new",                                  200, 200, 200, 200, 200, 200, 200, 200),
		get("/account",                                             302, 302, 302, 302, 302, 302, 302, 302),
		get("/account/profile",                                     302, 200, 200, 200, 200, 200, 200, 200),
		post("/account/profile",                                    302, 400, 400, 400, 400, 400, 400, 400),
		get("/api/v1/me",                                           200, 200, 200, 200, 200, 200, 200, 200),
		get("/api/v1/events",                                       200, 200, 200, 200, 200, 200, 200, 200),
		get("/api/v1/events/{event}",                               200, 200, 200, 200, 200, 200, 200, 200),
		get("/api/v1/events/{event}/microconferences",              200, 200, 200, 200, 200, 200, 200, 200),
		get("/api/v1/events/{event}/rooms",                         200, 200, 200, 200, 200, 200, 200, 200),
		get("/api/v1/events/{event}/talks",                         200, 200, 200, 200, 200, 200, 200, 200),
		get("/api/v1/events/{event}/speakers",                      200, 200, 200, 200, 200, 200, 200, 200),
		get("/api/v1/events/{event}/schedule",                      200, 200, 200, 200, 200, 200, 200, 200),
		get("/api/v1/events/{event}/registration",                  200, 200, 200, 200, 200, 200, 200, 200),
		get("/v3/api-docs",                                         200, 200, 200, 200, 200, 200, 200, 200),
		get("/v3/api-docs.yaml",                                    200, 200, 200, 200, 200, 200, 200, 200),
		get("/invitation",                                          302, 200, 200, 200, 200, 200, 200, 200),
		post("/invitation",                                         302, 200, 200, 200, 200, 200, 200, 200),
		get("/manage/{event}/team",                                 302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/team",                                302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/team/roles/{grant}/revoke",           302, 404, 404, 404, 404, 404, 302, 302),
		post("/manage/{event}/team/invitations/{invitation}/withdraw", 302, 404, 404, 404, 404, 404, 302, 302),
		get("/manage/{event}",                                      302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/audit",                                302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/clone",                                302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/clone",                               302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/mail",                                 302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/mail/{id}",                            302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/mail/{id}/resend",                    302, 404, 404, 404, 404, 404, 302, 302),
		get("/manage/{event}/mail/texts",                           302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/mail/texts/{purpose}",                 302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/mail/texts/{purpose}",                302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/mail/texts/{purpose}/preview",        302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/mail/texts/{purpose}/reset",          302, 404, 404, 404, 404, 404, 302, 302),
		get("/manage/{event}/people/duplicates",                    302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/people/duplicates/{suggestion}",       302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/people/duplicates/{suggestion}",      302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/people/duplicates/{suggestion}/dismiss", 302, 404, 404, 404, 404, 404, 302, 302),
		get("/manage/{event}/microconferences/{mc}/edit",           302, 404, 404, 200, 404, 404, 200, 200),
		post("/manage/{event}/microconferences/{mc}/edit",          302, 404, 404, 200, 404, 404, 200, 200),
		get("/admin",                                               302, 404, 404, 404, 404, 404, 404, 200),
		get("/admin/audit",                                         302, 404, 404, 404, 404, 404, 404, 200),
		get("/admin/events/import",                                 302, 404, 404, 404, 404, 404, 404, 200),
		post("/admin/events/import",                                302, 404, 404, 404, 404, 404, 404, 400),
		get("/admin/mail",                                          302, 404, 404, 404, 404, 404, 404, 200),
		get("/admin/mail/{id}",                                     302, 404, 404, 404, 404, 404, 404, 200),
		post("/admin/mail/{id}/resend",                             302, 404, 404, 404, 404, 404, 404, 302),
		get("/admin/mail/texts",                                    302, 404, 404, 404, 404, 404, 404, 200),
		get("/admin/mail/texts/{purpose}",                          302, 404, 404, 404, 404, 404, 404, 200),
		post("/admin/mail/texts/{purpose}",                         302, 404, 404, 404, 404, 404, 404, 400),
		post("/admin/mail/texts/{purpose}/preview",                 302, 404, 404, 404, 404, 404, 404, 200),
		post("/admin/mail/texts/{purpose}/reset",                   302, 404, 404, 404, 404, 404, 404, 302),
		get("/admin/people/duplicates",                             302, 404, 404, 404, 404, 404, 404, 200),
		get("/admin/people/duplicates/{suggestion}",                302, 404, 404, 404, 404, 404, 404, 200),
		post("/admin/people/duplicates/{suggestion}",               302, 404, 404, 404, 404, 404, 404, 200),
		post("/admin/people/duplicates/{suggestion}/dismiss",       302, 404, 404, 404, 404, 404, 404, 302),
		get("/review",                                              302, 200, 200, 200, 200, 200, 200, 200),
		get("/review/{event}",                                      302, 200, 200, 200, 200, 200, 200, 200),
		get("/review/{event}/{call}",                               302, 404, 404, 200, 404, 200, 200, 200),
		get("/review/{event}/{call}/export.csv",                    302, 404, 404, 200, 404, 200, 200, 200),
		post("/review/{event}/{call}/decisions",                    302, 404, 404, 400, 404, 404, 400, 400),
		post("/review/{event}/{call}/announce",                     302, 404, 404, 302, 404, 404, 302, 302),
		get("/review/{event}/{call}/topics/{topic}",                302, 404, 404, 200, 404, 404, 200, 200),
		post("/review/{event}/{call}/topics/{topic}",               302, 404, 404, 200, 404, 404, 200, 200),
		post("/review/{event}/{call}/topics/{topic}/conflict",      302, 404, 404, 302, 404, 404, 302, 302),
		get("/manage/{event}/reviews",                              302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/reviews",                             302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/reviews/{call}",                      302, 404, 404, 404, 404, 404, 302, 302),
		get("/manage/{event}/conflicts",                            302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/conflicts",                           302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/conflicts/{mark}/remove",             302, 404, 404, 404, 404, 404, 302, 302),
		post("/manage/{event}/conflicts/declarations/{declaration}/remove", 302, 404, 404, 404, 404, 404, 302, 302),
		get("/{event}/interest",                                    200, 200, 200, 200, 200, 200, 200, 200),
		post("/{event}/interest",                                   415, 415, 415, 415, 415, 415, 415, 415),
		get("/{event}/agenda",                                      200, 200, 200, 200, 200, 200, 200, 200),
		post("/{event}/agenda/feed",                                400, 200, 200, 200, 200, 200, 200, 200),
		post("/{event}/agenda/feed/stop",                           400, 200, 200, 200, 200, 200, 200, 200),
		post("/{event}/agenda/unmark",                              400, 400, 400, 400, 400, 400, 400, 400),
		get("/{event}/register",                                    302, 200, 200, 200, 200, 200, 200, 200),
		post("/{event}/register",                                   302, 200, 200, 200, 200, 200, 200, 200),
		get("/{event}/registration",                                302, 200, 200, 200, 200, 200, 200, 200),
		post("/{event}/registration/cancel",                        302, 400, 400, 400, 400, 400, 400, 400),
		post("/{event}/registration/offer/accept",                  302, 400, 400, 400, 400, 400, 400, 400),
		post("/{event}/registration/offer/decline",                 302, 400, 400, 400, 400, 400, 400, 400),
		get("/{event}/pass",                                        302, 200, 200, 200, 200, 200, 200, 200),
		post("/{event}/pass",                                       302, 200, 200, 200, 200, 200, 200, 200),
		get("/manage/{event}/microconferences/{mc}/passes",         302, 404, 404, 200, 404, 404, 200, 200),
		post("/manage/{event}/microconferences/{mc}/passes",        302, 404, 404, 200, 404, 404, 200, 200),
		post("/manage/{event}/microconferences/{mc}/passes/{pass}/revoke", 302, 404, 404, 400, 404, 404, 400, 400),
		get("/manage/{event}/registration/passes",                  302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/registration/waiting",                 302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/registration/passes/{mc}",            302, 404, 404, 404, 404, 404, 400, 400),
		get("/manage/{event}/schedule/policies",                    302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/schedule/policies",                   302, 404, 404, 404, 404, 404, 400, 400),
		get("/manage/{event}/schedule/weights",                     302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/schedule/weights",                    302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/schedule/weights/reset",              302, 404, 404, 404, 404, 404, 400, 400),
		get("/manage/{event}/schedule/unavailability",              302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/schedule/unavailability",             302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/schedule/unavailability/{unavailability}/remove", 302, 404, 404, 404, 404, 404, 400, 400),
		get("/manage/{event}/registration/tickets",                 302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/registration/tickets",                302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/registration/tickets/{ticket}",        302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/registration/tickets/{ticket}",       302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/registration/tickets/{ticket}/delete", 302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/registration/tickets/{ticket}/codes", 302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/registration/tickets/{ticket}/codes/{code}/remove", 302, 404, 404, 404, 404, 404, 400, 400),
		get("/manage/{event}/registration/tiers",                   302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/registration/tiers",                  302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/registration/tiers/{tier}/name",      302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/registration/tiers/{tier}/move",      302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/registration/tiers/{tier}/delete",    302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/registration/tiers/placements",       302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/registration/tiers/placements/{account}/remove", 302, 404, 404, 404, 404, 404, 400, 400),
		get("/manage/{event}/registration",                         302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/registration/export.csv",              302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/overview",                                  302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/overview/topics.csv",                       302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/overview/reviews.csv",                      302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/overview/registrations.csv",                302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/overview/shared-audience.csv",              302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/overview/room-fill.csv",                    302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/registration/settings",                302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/registration/settings",               302, 404, 404, 404, 404, 404, 400, 400),
		get("/manage/{event}/registration/questions",               302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/registration/questions",              302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/registration/questions/{question}",   302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/registration/questions/{question}/move", 302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/registration/questions/{question}/remove", 302, 404, 404, 404, 404, 404, 400, 400),
		get("/manage/{event}/registration/payments",                302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/registration/payments/paid",          302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/registration/statements",             302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/registration/statements/{statement}",  302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/registration/statements/{statement}/apply", 302, 404, 404, 404, 404, 404, 400, 400),
		get("/manage/{event}/schedule",                             302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/schedule/sessions",                   302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/schedule/sessions/move",              302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/schedule/tracks",                     302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/schedule/sessions/remove",            302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/schedule/breaks",                     302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/schedule/talks",                      302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/schedule/talks/move",                 302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/schedule/talks/remove",               302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/schedule/tentative/accept",           302, 404, 404, 404, 404, 404, 302, 302),
		get("/manage/{event}/schedule/mc/{mc}",                     302, 404, 404, 200, 404, 404, 200, 200),
		post("/manage/{event}/schedule/mc/{mc}/talks",              302, 404, 404, 400, 404, 404, 400, 400),
		post("/manage/{event}/schedule/mc/{mc}/talks/remove",       302, 404, 404, 400, 404, 404, 400, 400),
		post("/manage/{event}/schedule/mc/{mc}/times",              302, 404, 404, 400, 404, 404, 400, 400),
		post("/manage/{event}/schedule/mc/{mc}/pack",               302, 404, 404, 400, 404, 404, 400, 400),
		get("/manage/{event}/schedule/mc/{mc}/recordings",          302, 404, 404, 200, 404, 404, 200, 200),
		post("/manage/{event}/schedule/mc/{mc}/recordings",         302, 404, 404, 400, 404, 404, 400, 400),
		get("/manage/{event}/schedule/tracks/{track}/recordings",   302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/schedule/tracks/{track}/recordings",  302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/schedule/mc/{mc}/tentative/accept",   302, 404, 404, 302, 404, 404, 302, 302),
		post("/manage/{event}/schedule/mc/{mc}/preferences",        302, 404, 404, 400, 404, 404, 400, 400),
		get("/manage/{event}/schedule/releases",                    302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/schedule/releases",                   302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/schedule/sessions/pin",               302, 404, 404, 404, 404, 404, 400, 400),
		get("/manage/{event}/schedule/scheduler",                   302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/schedule/scheduler/instance.json",     302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/schedule/scheduler/solution",         302, 404, 404, 404, 404, 404, 302, 302),
		post("/manage/{event}/schedule/scheduler/apply",            302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/schedule/runs",                       302, 404, 404, 404, 404, 404, 302, 302),
		post("/manage/{event}/schedule/runs/{run}/apply",           302, 404, 404, 404, 404, 404, 400, 400),
		post("/manage/{event}/schedule/runs/{run}/discard",         302, 404, 404, 404, 404, 404, 400, 400),
		get("/manage/{event}/schedule/runs/{run}",                  302, 404, 404, 404, 404, 404, 200, 200),
		get("/manage/{event}/schedule/runs/{run}/progress",         302, 404, 404, 404, 404, 404, 200, 200),
		post("/manage/{event}/schedule/runs/{run}/stop",            302, 404, 404, 404, 404, 404, 302, 302),
		get("/error",                                               500, 500, 500, 500, 500, 500, 500, 500),
		get("/actuator",                                            403, 403, 403, 403, 403, 403, 403, 200),
		get("/actuator/health",                                     200, 200, 200, 200, 200, 200, 200, 200),
		get("/actuator/health/**",                                  200, 200, 200, 200, 200, 200, 200, 200),
		get("/actuator/info",                                       403, 403, 403, 403, 403, 403, 403, 200),
		get("/actuator/prometheus",                                 403, 403, 403, 403, 403, 403, 403, 200)
	// @formatter:on
	);

	@Autowired
	ApplicationContext context;

	@Autowired
	EventCatalog events;

	@Autowired
	EventSetup setup;

	@Autowired
	Microconferences microconferences;

	@Autowired
	PersonDirectory people;

	@Autowired
	PersonDuplicates duplicates;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TimetableReleases releases;

	@Test
	void everyRouteHasARowAndEveryUserGetsTheAnswerWrittenInIt() {
		Set<String> mapped = mappedRoutes();
		Set<String> listed = new TreeSet<>(ROWS.stream().map(Row::route).toList());
		assertThat(mapped).as("routes without a row: add one to ROWS, with the answer each user must get")
			.isSubsetOf(listed);
		assertThat(listed).as("rows of routes the application no longer maps").isSubsetOf(mapped);

		Fixture fixture = fixture();
		Map<Who, WebClient> clients = signedInClients();
		List<String> wrong = new ArrayList<>();
		for (Row row : ROWS) {
			for (Who who : Who.values()) {
				fixture.restoreVictims();
				int status = send(clients.get(who), row, fixture).statusCode();
				if (status != row.expected(who)) {
					wrong.add(row.route() + " as " + who + ": " + status + ", expected " + row.expected(who));
				}
			}
		}
		assertThat(wrong).as("answers that differ from the table").isEmpty();
	}

	private HttpResponse<String> send(WebClient client, Row row, Fixture fixture) {
		String path = fixture.concrete(row.pattern());
		return row.method().equals("POST") ? client.postWithToken(path, Map.of()) : client.get(path);
	}

	private Set<String> mappedRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
						: info.getMethodsCondition()
							.getMethods()
							.stream()
							.map(Enum::name)
							.collect(java.util.stream.Collectors.toSet());
				for (String pattern : info.getPatternValues()) {
					String normalised = pattern.replaceAll("\\{(\\w+):[^}]*\\}", "{$1}");
					methods.forEach(method -> routes.add(method + " " + normalised));
				}
			}
		}
		return routes;
	}

	private Map<Who, WebClient> signedInClients() {
		Map<Who, String> emails = Map.of(Who.USER_A, "a@matrix.test", Who.USER_B, "b@matrix.test", Who.LEAD_X,
				"lead-x@matrix.test", Who.LEAD_Y, "lead-y@matrix.test", Who.REVIEWER_X, "reviewer-x@matrix.test",
				Who.ORGANISER, "organiser@matrix.test");
		Map<Who, WebClient> clients = new EnumMap<>(Who.class);
		for (Who who : Who.values()) {
			WebClient client = browser();
			if (who == Who.ADMIN) {
				assertThat(client.signIn(ADMIN_EMAIL, ADMIN_PASSWORD)).isEqualTo("/");
			}
			else if (who != Who.ANONYMOUS) {
				assertThat(client.signIn(emails.get(who), AccountFixture.PASSWORD)).as(who.name()).isEqualTo("/");
			}
			clients.put(who, client);
		}
		return clients;
	}

	private Fixture fixture() {
		Event event = events.findBySlug(SLUG).orElseGet(() -> {
			Event created = setup
				.create(new NewEvent(SLUG, "Matrix Conference", LocalDate.of(2030, 6, 3), LocalDate.of(2030, 6, 5),
						ZoneId.of("Europe/Berlin"), null, List.of(), List.of(), List.of(), List.of()));
			for (String mc : List.of("x", "y")) {
				long lead = people.create("Lead " + mc, List.of("Lead " + mc), null).id();
				microconferences.create(created.id(),
						new NewMicroconference(null, mc, "MC " + mc, McStatus.ACCEPTED, "About " + mc + ".", List.of(),
								List.of(), "MC leads", List.of(new NamedPerson(lead, "Lead " + mc))));
			}
			duplicates.suggestDuplicatesOf(people.create("LEAD X", List.of("LEAD X"), null).id());
			return created;
		});
		long x = microconferences.find(event.id(), "x").orElseThrow().id();
		long y = microconferences.find(event.id(), "y").orElseThrow().id();
		AccountFixture accounts = new AccountFixture(jdbc, people, passwords);
		long userA = accounts.account("a@matrix.test", "User A");
		long userB = accounts.account("b@matrix.test", "User B");
		accounts.account("lead-x@matrix.test", "Lead x",
				microconferences.find(event.id(), "x").orElseThrow().leads().get(0).personId());
		accounts.account("lead-y@matrix.test", "Lead y",
				microconferences.find(event.id(), "y").orElseThrow().leads().get(0).personId());
		accounts.grant(event.id(), accounts.account("reviewer-x@matrix.test", "Reviewer X"), EventRole.REVIEWER, x);
		accounts.grant(event.id(), accounts.account("organiser@matrix.test", "Organiser"), EventRole.ORGANISER, null);
		long victim = accounts.account("victim@matrix.test", "Victim");
		jdbc.sql("DELETE FROM role_invitation WHERE event_id = ?").param(event.id()).update();
		jdbc.sql(
				"""
						INSERT INTO role_invitation (event_id, email, email_key, role, scope_key, token_hash, created_at, expires_at)
						VALUES (?, 'invited@matrix.test', 'invited@matrix.test', 'ORGANISER', 'event', 'matrix', CURRENT_TIMESTAMP,
						        CURRENT_TIMESTAMP)""")
			.param(event.id())
			.update();
		long invitation = jdbc.sql("SELECT id FROM role_invitation WHERE token_hash = 'matrix'")
			.query(Long.class)
			.single();
		jdbc.sql(
				"""
						INSERT INTO mail_outbox (message_id, event_id, purpose, subject_type, subject_id, recipient, mail_subject,
						                         text_body, status, attempts, next_attempt_at, created_at, last_error)
						VALUES ('<matrix@matrix.test>', ?, 'role-granted', 'role', 'matrix', 'victim@matrix.test', 'Matrix mail',
						        'Hello', 'FAILED', 8, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '550 unknown user')""")
			.param(event.id())
			.update();
		long failedMail = jdbc.sql("SELECT id FROM mail_outbox WHERE message_id = '<matrix@matrix.test>'")
			.query(Long.class)
			.single();
		long suggestion = jdbc.sql("SELECT id FROM duplicate_suggestion WHERE first_person_id = ?")
			.param(microconferences.find(event.id(), "x").orElseThrow().leads().get(0).personId())
			.query(Long.class)
			.single();
		long topic = topicOf(userA, event.id(), x);
		jdbc.sql("""
				INSERT INTO call_question (event_id, microconference_id, position, kind, label, required)
				VALUES (?, ?, 1, 'TEXT', 'Matrix question', FALSE)""").params(event.id(), x).update();
		long question = jdbc.sql("SELECT id FROM call_question WHERE label = 'Matrix question'")
			.query(Long.class)
			.single();
		jdbc.sql("""
				INSERT INTO co_speaker_invitation (topic_id, email, email_key, token_hash, created_at, expires_at)
				VALUES (?, 'b@matrix.test', 'b@matrix.test', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
			.params(topic, OneTimeTokens.hash(CO_SPEAKER_TOKEN))
			.update();
		long coSpeakerInvitation = jdbc.sql("SELECT id FROM co_speaker_invitation WHERE topic_id = ?")
			.param(topic)
			.query(Long.class)
			.single();
		long proposal = proposalOf(userA, event.id());
		long reviewerX = jdbc.sql("SELECT id FROM account WHERE email_key = 'reviewer-x@matrix.test'")
			.query(Long.class)
			.single();
		long reviewed = reviewedTopicOf(userB, reviewerX, event.id(), x);
		jdbc.sql("""
				INSERT INTO conflict_mark (event_id, account_id, person_id, reason, marked_at)
				SELECT ?, lead_y.id, a.person_id, 'Matrix', CURRENT_TIMESTAMP
				FROM account lead_y, account a WHERE lead_y.email_key = 'lead-y@matrix.test' AND a.id = ?""")
			.params(event.id(), userA)
			.update();
		long mark = jdbc.sql("SELECT id FROM conflict_mark WHERE reason = 'Matrix'").query(Long.class).single();
		long accepted = acceptedTopicOf(userA, event.id(), x);
		jdbc.sql("""
				INSERT INTO declared_conflict (topic_id, account_id, reason, declared_at)
				SELECT ?, id, 'Matrix', CURRENT_TIMESTAMP FROM account WHERE email_key = 'lead-y@matrix.test'""")
			.param(accepted)
			.update();
		privateMaterialOf(accepted);
		long declaration = jdbc.sql("SELECT id FROM declared_conflict WHERE topic_id = ?")
			.param(accepted)
			.query(Long.class)
			.single();
		statementOf(event.id());
		plainTrackOf(event.id());
		return new Fixture(event.id(), victim, y, invitation, failedMail, suggestion, topic, question,
				coSpeakerInvitation, proposal, reviewed, mark, accepted, declaration, releasedSchedule(),
				finishedRunOf(event.id()), ticketTypeOf(event.id()));
	}

	/** A private file of three bytes on a talk. */
	private void privateMaterialOf(long topicId) {
		jdbc.sql("""
				INSERT INTO talk_material (guid, topic_id, kind, title, private_material, file_name, media_type,
				                           size_bytes, chunk_count, complete, added_at)
				VALUES (?, ?, 'FILE', 'Matrix slides', TRUE, 'matrix.pdf', 'application/pdf', 3, 1, TRUE,
				        CURRENT_TIMESTAMP)""").params(UUID.randomUUID(), topicId).update();
		jdbc.sql("""
				INSERT INTO talk_material_chunk (material_id, position, content)
				SELECT id, 0, ? FROM talk_material WHERE topic_id = ?""")
			.params(new byte[] { '%', 'P', 'D' }, topicId)
			.update();
	}

	/** The matrix event's one plain track, whose recordings are its organisers'. */
	private void plainTrackOf(long eventId) {
		jdbc.sql("""
				INSERT INTO plain_track (event_id, slug, name, durations)
				SELECT ?, ?, 'Refereed track', '30' FROM event
				WHERE id = ? AND NOT EXISTS (SELECT 1 FROM plain_track WHERE event_id = ? AND slug = ?)""")
			.params(eventId, PLAIN_TRACK, eventId, eventId, PLAIN_TRACK)
			.update();
	}

	/** A bank statement uploaded to the matrix event, not applied. */
	private void statementOf(long eventId) {
		jdbc.sql("DELETE FROM bank_statement WHERE event_id = ?").param(eventId).update();
		jdbc.sql("""
				INSERT INTO bank_statement (event_id, file_name, content, uploaded_at)
				VALUES (?, 'matrix.csv', 'Date,Text,Amount', CURRENT_TIMESTAMP)""").param(eventId).update();
	}

	/**
	 * The GUIDs of the talk and the MC session of a version released in the schedule
	 * fixture's event, for the export routes.
	 */
	private UUID[] releasedSchedule() {
		ScheduleFixture schedule = new ScheduleFixture(context);
		schedule.clear();
		long session = schedule.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long speaker = people.create("Matrix Speaker", List.of("Matrix Speaker"), null).id();
		long talk = schedule.topic("kernel", "Matrix talk", TopicState.CONFIRMED, 30, speaker);
		schedule.placeTalk(session, talk, "2027-10-29T10:00");
		schedule.release("Matrix");
		return new UUID[] { jdbc.sql("SELECT guid FROM topic WHERE id = ?").param(talk).query(UUID.class).single(),
				jdbc.sql("SELECT guid FROM timetable_session WHERE id = ?").param(session).query(UUID.class).single() };
	}

	/** A ticket type of the matrix event, with one code. */
	private long[] ticketTypeOf(long eventId) {
		jdbc.sql("DELETE FROM ticket_type WHERE event_id = ?").param(eventId).update();
		jdbc.sql("""
				INSERT INTO ticket_type (event_id, name, price_minor, currency, capacity, sale_opens_at, sale_closes_at,
				                         who_may_buy, created_at, updated_at)
				VALUES (?, 'Matrix ticket', 0, NULL, 10, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + INTERVAL '1' DAY,
				        'CODE_HOLDERS', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").param(eventId).update();
		long ticket = jdbc.sql("SELECT id FROM ticket_type WHERE event_id = ?")
			.param(eventId)
			.query(Long.class)
			.single();
		jdbc.sql("""
				INSERT INTO ticket_type_code (event_id, ticket_type_id, code, created_at)
				VALUES (?, ?, 'MATRIX', CURRENT_TIMESTAMP)""").params(eventId, ticket).update();
		long code = jdbc.sql("SELECT id FROM ticket_type_code WHERE ticket_type_id = ?")
			.param(ticket)
			.query(Long.class)
			.single();
		return new long[] { ticket, code };
	}

	/**
	 * A solver run of the matrix event that has ended, so that stopping it changes
	 * nothing and its progress stream ends at once.
	 */
	private long finishedRunOf(long eventId) {
		jdbc.sql("DELETE FROM scheduling_run WHERE event_id = ?").param(eventId).update();
		jdbc.sql("""
				INSERT INTO scheduling_run (event_id, state, seed, seconds, threads, draft_version, instance_json,
				                            requested_at, finished_at)
				VALUES (?, 'FINISHED', 0, 1, 1, 0, '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
			.param(eventId)
			.update();
		return jdbc.sql("SELECT id FROM scheduling_run WHERE event_id = ?").param(eventId).query(Long.class).single();
	}

	/** A draft topic of user A to MC X's call. */
	private long topicOf(long account, long eventId, long microconferenceId) {
		long person = jdbc.sql("SELECT person_id FROM account WHERE id = ?").param(account).query(Long.class).single();
		jdbc.sql("""
				INSERT INTO topic (guid, event_id, microconference_id, state, title, submitted_by, submission_key,
				                   created_at, updated_at)
				VALUES (?, ?, ?, 'DRAFT', 'A''s topic', ?, 'matrix', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
			.params(java.util.UUID.randomUUID(), eventId, microconferenceId, account)
			.update();
		long topic = jdbc.sql("SELECT id FROM topic WHERE submission_key = 'matrix'").query(Long.class).single();
		jdbc.sql(
				"INSERT INTO topic_speaker (topic_id, position, person_id, name_as_written) VALUES (?, 1, ?, 'User A')")
			.params(topic, person)
			.update();
		return topic;
	}

	/**
	 * An accepted topic of user A to MC X's call, announced, with A's answer still open
	 * and asked through the link of {@value #ANSWER_TOKEN}.
	 */
	private long acceptedTopicOf(long account, long eventId, long microconferenceId) {
		jdbc.sql("""
				INSERT INTO topic (guid, event_id, microconference_id, state, title, abstract, duration_minutes,
				                   submitted_by, submission_key, created_at, updated_at, submitted_at)
				VALUES (?, ?, ?, 'ACCEPTED', 'A''s accepted topic', 'About it.', 30, ?, 'matrix-accepted',
				        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
			.params(java.util.UUID.randomUUID(), eventId, microconferenceId, account)
			.update();
		long topic = jdbc.sql("SELECT id FROM topic WHERE submission_key = 'matrix-accepted'")
			.query(Long.class)
			.single();
		jdbc.sql("""
				INSERT INTO topic_speaker (topic_id, position, person_id, name_as_written)
				SELECT ?, 1, person_id, 'User A' FROM account WHERE id = ?""").params(topic, account).update();
		jdbc.sql("""
				INSERT INTO topic_confirmation (topic_id, person_id, token_hash, announced_at)
				SELECT ?, person_id, ?, CURRENT_TIMESTAMP FROM account WHERE id = ?""")
			.params(topic, OneTimeTokens.hash(ANSWER_TOKEN), account)
			.update();
		return topic;
	}

	/** An MC proposed by user A, with A as its one lead-to-be. */
	private long proposalOf(long account, long eventId) {
		long person = jdbc.sql("SELECT person_id FROM account WHERE id = ?").param(account).query(Long.class).single();
		long proposal = microconferences
			.create(eventId,
					new NewMicroconference(null, "proposal-matrix", "A's proposal", McStatus.PROPOSED, "A proposal.",
							List.of(), List.of(), "MC leads", List.of()))
			.id();
		jdbc.sql(
				"""
						INSERT INTO mc_proposal (microconference_id, event_id, proposed_by, submission_key, created_at, updated_at,
						                         submitted_at)
						VALUES (?, ?, ?, 'matrix', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
			.params(proposal, eventId, account)
			.update();
		jdbc.sql("""
				INSERT INTO mc_proposal_lead (microconference_id, position, person_id, name_as_written, email)
				VALUES (?, 1, ?, 'User A', 'a@matrix.test')""").params(proposal, person).update();
		return proposal;
	}

	/**
	 * A topic of user B to MC X's call, submitted, with reviewer X as its co-speaker (so
	 * conflicted with it), for the review routes' {topic}.
	 */
	private long reviewedTopicOf(long submitter, long coSpeaker, long eventId, long microconferenceId) {
		jdbc.sql("""
				INSERT INTO topic (guid, event_id, microconference_id, state, title, abstract, duration_minutes,
				                   submitted_by, submission_key, created_at, updated_at, submitted_at)
				VALUES (?, ?, ?, 'SUBMITTED', 'B''s topic', 'About it.', 30, ?, 'matrix-reviewed', CURRENT_TIMESTAMP,
				        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
			.params(java.util.UUID.randomUUID(), eventId, microconferenceId, submitter)
			.update();
		long topic = jdbc.sql("SELECT id FROM topic WHERE submission_key = 'matrix-reviewed'")
			.query(Long.class)
			.single();
		jdbc.sql(
				"""
						INSERT INTO topic_speaker (topic_id, position, person_id, name_as_written)
						SELECT ?, CASE WHEN id = ? THEN 1 ELSE 2 END, person_id, display_name FROM account WHERE id IN (?, ?)""")
			.params(topic, submitter, submitter, coSpeaker)
			.update();
		return topic;
	}

	private static Row get(String pattern, int... expected) {
		return new Row("GET", pattern, expected);
	}

	private static Row post(String pattern, int... expected) {
		return new Row("POST", pattern, expected);
	}

	record Row(String method, String pattern, int[] expected) {

		Row {
			if (expected.length != Who.values().length) {
				throw new IllegalArgumentException(pattern + ": one answer per kind of user, please");
			}
		}

		String route() {
			return method + " " + pattern;
		}

		int expected(Who who) {
			return expected[who.ordinal()];
		}

	}

	/**
	 * The matrix event, a victim's role and invitation that organisers may remove, and a
	 * duplicate suggestion they may dismiss.
	 */
	final class Fixture {

		private final long eventId;

		private final long victimAccount;

		private final long reviewedMc;

		private final long invitationId;

		private final long failedMailId;

		private final long suggestionId;

		private final long topicId;

		private final long questionId;

		private final long coSpeakerInvitationId;

		private final long proposalId;

		private final long reviewedTopicId;

		private final long markId;

		private final long acceptedTopicId;

		private final long declarationId;

		private final UUID[] exportedTalkAndSession;

		private final long runId;

		private final long[] ticketTypeAndCode;

		private long victimGrant;

		Fixture(long eventId, long victimAccount, long reviewedMc, long invitationId, long failedMailId,
				long suggestionId, long topicId, long questionId, long coSpeakerInvitationId, long proposalId,
				long reviewedTopicId, long markId, long acceptedTopicId, long declarationId,
				UUID[] exportedTalkAndSession, long runId, long[] ticketTypeAndCode) {
			this.eventId = eventId;
			this.victimAccount = victimAccount;
			this.reviewedMc = reviewedMc;
			this.invitationId = invitationId;
			this.failedMailId = failedMailId;
			this.suggestionId = suggestionId;
			this.topicId = topicId;
			this.questionId = questionId;
			this.coSpeakerInvitationId = coSpeakerInvitationId;
			this.proposalId = proposalId;
			this.reviewedTopicId = reviewedTopicId;
			this.markId = markId;
			this.acceptedTopicId = acceptedTopicId;
			this.declarationId = declarationId;
			this.exportedTalkAndSession = exportedTalkAndSession;
			this.runId = runId;
			this.ticketTypeAndCode = ticketTypeAndCode;
		}

		void restoreVictims() {
			jdbc.sql("DELETE FROM event_role WHERE account_id = ?").param(victimAccount).update();
			new AccountFixture(jdbc, people, passwords).grant(eventId, victimAccount, EventRole.REVIEWER, reviewedMc);
			victimGrant = jdbc.sql("SELECT id FROM event_role WHERE account_id = ?")
				.param(victimAccount)
				.query(Long.class)
				.single();
			jdbc.sql("UPDATE role_invitation SET revoked_at = NULL, still_open = TRUE, expires_at = ? WHERE id = ?")
				.params(clock.instant().plusSeconds(3600).atOffset(java.time.ZoneOffset.UTC), invitationId)
				.update();
			jdbc.sql("UPDATE duplicate_suggestion SET dismissed_at = NULL, dismissed_by = NULL WHERE id = ?")
				.param(suggestionId)
				.update();
			jdbc.sql("""
					UPDATE co_speaker_invitation SET still_open = TRUE, outcome = NULL, closed_at = NULL,
					                                 answered_by = NULL, expires_at = ?
					WHERE id = ?""")
				.params(clock.instant().plusSeconds(3600).atOffset(java.time.ZoneOffset.UTC), coSpeakerInvitationId)
				.update();
			jdbc.sql("DELETE FROM declared_conflict WHERE topic_id = ?").param(reviewedTopicId).update();
			if (jdbc.sql("SELECT COUNT(*) FROM declared_conflict WHERE id = ?")
				.param(declarationId)
				.query(Long.class)
				.single() == 0) {
				jdbc.sql(
						"""
								INSERT INTO declared_conflict (id, topic_id, account_id, reason, declared_at)
								SELECT ?, ?, id, 'Matrix', CURRENT_TIMESTAMP FROM account WHERE email_key = 'lead-y@matrix.test'""")
					.params(declarationId, acceptedTopicId)
					.update();
			}
		}

		String concrete(String pattern) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("{event}",
					pattern.startsWith("/{event}/schedule") || pattern.startsWith("/{event}/talks/")
							|| pattern.startsWith("/{event}/speakers/") || pattern.startsWith("/api/v1/events/{event}")
									? ScheduleFixture.EVENT : SLUG);
			values.put("{talk}", pattern.startsWith("/manage/{event}/talks/") ? Long.toString(acceptedTopicId)
					: exportedTalkAndSession[0].toString());
			values.put("{material}",
					jdbc.sql("SELECT " + (pattern.startsWith("/manage/") ? "id" : "guid")
							+ " FROM talk_material WHERE topic_id = ?")
						.param(acceptedTopicId)
						.query(String.class)
						.single());
			values.put("{session}", exportedTalkAndSession[1].toString());
			values.put("{mc}", "x");
			values.put("{track}", PLAIN_TRACK);
			values.put("{pass}", "1");
			values.put("{sponsor}", "1");
			values.put("{room}",
					jdbc.sql("SELECT guid FROM room WHERE name = 'Hall A' AND event_id = "
							+ "(SELECT id FROM event WHERE slug = ?)")
						.param(ScheduleFixture.EVENT)
						.query(String.class)
						.single());
			values.put("{speaker}", jdbc
				.sql("""
						SELECT p.guid FROM person p JOIN topic_speaker s ON s.person_id = p.id JOIN topic t ON t.id = s.topic_id
						WHERE t.guid = ?""")
				.param(exportedTalkAndSession[0])
				.query(String.class)
				.single());
			values.put("{grant}", Long.toString(victimGrant));
			values.put("{invitation}", Long.toString(invitationId));
			values.put("{id}", Long.toString(failedMailId));
			values.put("{purpose}", "role-granted");
			values.put("{suggestion}", Long.toString(suggestionId));
			values.put("{call}", "x");
			values.put("{topic}", Long.toString(topicOf(pattern)));
			values.put("{mark}", Long.toString(markId));
			values.put("{declaration}", Long.toString(declarationId));
			values.put("{proposal}", Long.toString(proposalId));
			values.put("{question}", Long.toString(questionId));
			values.put("{coSpeakerInvitation}", Long.toString(coSpeakerInvitationId));
			values.put("{token}", CO_SPEAKER_TOKEN);
			values.put("{unavailability}", "1");
			values.put("{run}", Long.toString(runId));
			values.put("{ticket}", Long.toString(ticketTypeAndCode[0]));
			values.put("{code}", Long.toString(ticketTypeAndCode[1]));
			values.put("{tier}", "1");
			values.put("{account}", Long.toString(victimAccount));
			values.put("{statement}",
					jdbc.sql("SELECT id FROM bank_statement WHERE event_id = ?")
						.param(eventId)
						.query(String.class)
						.single());
			values.put("**", "db");
			String path = pattern;
			for (Map.Entry<String, String> value : values.entrySet()) {
				path = path.replace(value.getKey(), value.getValue());
			}
			return pattern.equals("/account/topics/answer") ? path + "?token=" + ANSWER_TOKEN : path;
		}

		private long topicOf(String pattern) {
			if (pattern.startsWith("/review/")) {
				return reviewedTopicId;
			}
			return pattern.endsWith("/answer") || pattern.endsWith("/cancel") ? acceptedTopicId : topicId;
		}

	}

}
