// The "Interested" toggles of the public schedule, MC and talk pages. The pages are the
// same bytes for every visitor, toggles included (hidden, not pressed): this script reads
// the viewer's marks from /{event}/interest, presses the marked ones and shows them all;
// a click marks or unmarks through the same endpoint. Reading makes no cookie; the
// endpoint gives an anonymous visitor theirs at the first mark. A post carries the
// X-Requested-With header instead of a CSRF token, which visitors without a session do
// not have (SecurityConfiguration).
(() => {
	const toggles = [...document.querySelectorAll("button[data-interest-mc], button[data-interest-talk]")];
	if (toggles.length === 0) {
		return;
	}
	// Every page with toggles lives under its event: /{event}/...
	const endpoint = "/" + location.pathname.split("/")[1] + "/interest";

	function subjectOf(toggle) {
		return toggle.dataset.interestMc
			? { microconference: Number(toggle.dataset.interestMc) }
			: { talk: Number(toggle.dataset.interestTalk) };
	}

	function show(marks) {
		const mcs = new Set(marks.microconferences);
		const talks = new Set(marks.talks);
		toggles.forEach((toggle) => {
			const marked = toggle.dataset.interestMc
				? mcs.has(Number(toggle.dataset.interestMc))
				: talks.has(Number(toggle.dataset.interestTalk));
			toggle.setAttribute("aria-pressed", String(marked));
			toggle.hidden = false;
		});
	}

	function answered(response) {
		return response.ok ? response.json() : Promise.reject(new Error("interest: " + response.status));
	}

	fetch(endpoint, { headers: { Accept: "application/json" }, credentials: "same-origin" })
		.then(answered)
		.then(show)
		.catch(() => {
			// the toggles stay hidden: the page works as it would without script
		});

	toggles.forEach((toggle) => toggle.addEventListener("click", () => {
		const body = Object.assign(subjectOf(toggle), { interested: toggle.getAttribute("aria-pressed") !== "true" });
		toggle.disabled = true;
		fetch(endpoint, {
			method: "POST",
			credentials: "same-origin",
			headers: { "Content-Type": "application/json", Accept: "application/json", "X-Requested-With": "fetch" },
			body: JSON.stringify(body),
		})
			.then(answered)
			.then(show)
			.catch(() => {
				// unchanged: the button keeps showing what the server last said
			})
			.finally(() => {
				toggle.disabled = false;
			});
	}));
})();
