package org.plumbline.cfp.web;

import java.time.Instant;
import java.util.List;

import org.plumbline.cfp.CallBudgets;
import org.plumbline.cfp.CallDefaults;
import org.plumbline.cfp.MinutesBudget;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.domain.Durations;
import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.validation.FormErrors;

/**
 * What the organisers' calls page shows: the event's defaults, every call, and the form
 * that was refused (if one was) with what was typed into it.
 *
 * @param refusedForm {@code _defaults}, {@code _track} or a call's slug; {@code null} if
 * no form was refused
 */
public record CallsPage(Event event, CallDefaults defaults, List<TopicCall> calls, Instant now, String refusedForm,
		FormErrors errors, CallSettingsForm typed, TrackForm typedTrack, CallBudgets budgets) {

	/** The errors of one form: those of the refused form, none for the others. */
	public FormErrors errorsOf(String form) {
		return form.equals(refusedForm) ? errors : FormErrors.NONE;
	}

	/** The values the defaults form shows. */
	public CallSettingsForm defaultsForm() {
		if ("_defaults".equals(refusedForm)) {
			return typed;
		}
		return new CallSettingsForm(EventTimes.field(defaults.opensAt(), event.timeZone()),
				EventTimes.field(defaults.closesAt(), event.timeZone()), Durations.shown(defaults.durations()),
				Integer.toString(defaults.version()), Integer.toString(budgets.defaultMinutes()),
				Integer.toString(budgets.reminderDays()));
	}

	/** The values a call's form shows: its own settings, blank where it has none. */
	public CallSettingsForm formOf(TopicCall call) {
		if (call.slug().equals(refusedForm)) {
			return typed;
		}
		return new CallSettingsForm(call.ownOpening() ? EventTimes.field(call.opensAt(), event.timeZone()) : "",
				call.ownDeadline() ? EventTimes.field(call.closesAt(), event.timeZone()) : "",
				call.ownDurations() ? Durations.shown(call.durations()) : "", Integer.toString(call.version()),
				budgets.own(call.slug()).map(String::valueOf).orElse(""), "");
	}

	/**
	 * How much of a call's budget its accepted and confirmed topics use, in words. The
	 * wait-listed topic that fits is named on the review dashboard only, which leaves out
	 * a topic the viewer is conflicted with.
	 */
	public String budgetUse(TopicCall call) {
		MinutesBudget budget = budgets.use().get(call.slug());
		return budget.usedMinutes() + " of " + budget.totalMinutes() + " min used";
	}

	public TrackForm trackForm() {
		return "_track".equals(refusedForm) ? typedTrack : TrackForm.EMPTY;
	}

	public String shown(Instant instant) {
		return EventTimes.shown(instant, event.timeZone());
	}

	/** Whether the call is open, not yet open, closed, or without dates, in words. */
	public String status(TopicCall call) {
		if (call.isOpenAt(now)) {
			return "Open now";
		}
		if (!call.hasWindow() || call.durations().isEmpty()) {
			return "No dates yet";
		}
		return call.opensAfter(now) ? "Not open yet" : "Closed";
	}

	public static String durations(List<Integer> minutes) {
		return minutes.isEmpty() ? "none yet" : Durations.shown(minutes) + " minutes";
	}

}
