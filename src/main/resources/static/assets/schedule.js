// The schedule's two personal touches. Its pages are the same bytes for every visitor
// (cached, no session), so both happen here, in the browser:
// - times are written in the event's zone; a button rewrites every <time datetime> in the
//   viewer's own zone (the choice is kept in this browser only), naming the day when it is
//   not the day the time is listed under (a time beside a date of its own is listed under
//   none: the date names its day);
// - while the event runs, what runs now is marked, and the mark moves every minute.
(() => {
	const STORAGE_KEY = "plumbline.schedule.zone";
	const note = document.getElementById("schedule_zone");
	if (!note) {
		return;
	}
	const eventZone = note.dataset.eventZone;
	const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	const button = document.getElementById("schedule_zone_switch");

	// The same words as the server's patterns (Moment.java): "14:30" and
	// "Friday, October 29, 2027".
	const formats = (zone) => ({
		clock: new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
		date: new Intl.DateTimeFormat("en-US", { timeZone: zone, weekday: "long", month: "long", day: "numeric", year: "numeric" }),
		isoDay: new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }),
		weekday: new Intl.DateTimeFormat("en-US", { timeZone: zone, weekday: "short" }),
	});

	function showTimesIn(zone) {
		const format = formats(zone);
		document.querySelectorAll("time[datetime][data-show]").forEach((time) => {
			const instant = new Date(time.getAttribute("datetime"));
			if (time.dataset.show === "date") {
				time.textContent = format.date.format(instant);
				return;
			}
			const clock = format.clock.format(instant);
			const otherDay = time.dataset.day && format.isoDay.format(instant) !== time.dataset.day;
			time.textContent = otherDay ? format.weekday.format(instant) + " " + clock : clock;
		});
		note.textContent = zone === eventZone
			? "Times in " + eventZone + ", the event's time zone."
			: "Times in " + zone + ", your time zone.";
		if (button) {
			button.setAttribute("aria-pressed", String(zone !== eventZone));
		}
	}

	function storedChoice() {
		try {
			return localStorage.getItem(STORAGE_KEY);
		} catch (blocked) {
			return null;
		}
	}

	function remember(choice) {
		try {
			localStorage.setItem(STORAGE_KEY, choice);
		} catch (blocked) {
			// private windows may refuse storage: the choice then lasts for this page only
		}
	}

	if (viewerZone && viewerZone !== eventZone) {
		if (button) {
			button.textContent = "Show times in my time zone (" + viewerZone + ")";
			button.hidden = false;
			button.addEventListener("click", () => {
				const mine = button.getAttribute("aria-pressed") !== "true";
				remember(mine ? "viewer" : "event");
				showTimesIn(mine ? viewerZone : eventZone);
			});
		}
		if (storedChoice() === "viewer") {
			showTimesIn(viewerZone);
		}
	}

	function markNow() {
		const now = Date.now();
		document.querySelectorAll("[data-starts][data-ends]").forEach((element) => {
			const running = Date.parse(element.dataset.starts) <= now && now < Date.parse(element.dataset.ends);
			const marked = element.classList.contains(element.tagName === "TR" ? "grid-now" : "session-now");
			if (running === marked) {
				return;
			}
			if (element.tagName === "TR") {
				element.classList.toggle("grid-now", running);
			} else {
				element.classList.toggle("session-now", running);
			}
			const holder = element.tagName === "TR" ? element.querySelector("th") : element.querySelector(".session-when");
			if (!holder) {
				return;
			}
			if (running) {
				const badge = document.createElement("span");
				badge.className = "now-badge";
				badge.textContent = "Now";
				holder.append(" ", badge);
			} else {
				holder.querySelectorAll(".now-badge").forEach((badge) => badge.remove());
			}
		});
	}

	markNow();
	setInterval(markNow, 60 * 1000);
})();
