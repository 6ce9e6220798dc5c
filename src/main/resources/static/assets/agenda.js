// The agenda page's forms: "Unmark", and making, replacing or stopping the calendar link.
// Visitors who are not signed in have no session and so no CSRF token: their posts carry
// the X-Requested-With header instead, which SecurityConfiguration takes on these paths,
// so this script sends every form itself. An unmarked item leaves the list in place (its
// times keep the zone the reader chose); the calendar link's section is replaced by the
// server's new one, which shows a new link this once.
(() => {
	const main = document.getElementById("page_main");
	if (!main) {
		return;
	}

	function replaceWithin(next, id) {
		const current = document.getElementById(id);
		const replacement = next.getElementById(id);
		if (!current || !replacement) {
			main.replaceChildren(...next.getElementById("page_main").childNodes);
			main.focus();
			return null;
		}
		current.replaceWith(replacement);
		return replacement;
	}

	function removeItem(form) {
		const item = form.closest("li");
		const day = item.closest("section");
		item.remove();
		if (day && !day.querySelector("li")) {
			day.remove();
		}
	}

	main.addEventListener("submit", async (submitted) => {
		const form = submitted.target.closest("form[data-agenda-form]");
		if (!form) {
			return;
		}
		submitted.preventDefault();
		form.querySelectorAll("button").forEach((button) => {
			button.disabled = true;
		});
		let response;
		let next;
		try {
			response = await fetch(form.action, {
				method: "POST",
				credentials: "same-origin",
				headers: { "X-Requested-With": "fetch", Accept: "text/html" },
				body: new URLSearchParams(new FormData(form)),
			});
			next = new DOMParser().parseFromString(await response.text(), "text/html");
		} catch (unreachable) {
			form.querySelectorAll("button").forEach((button) => {
				button.disabled = false;
			});
			return;
		}
		if (form.dataset.agendaForm === "unmark" && response.ok) {
			removeItem(form);
			if (!document.querySelector("#agenda_items li")) {
				replaceWithin(next, "agenda_items");
			}
			main.focus();
			return;
		}
		const section = replaceWithin(next, "agenda_feed");
		if (section) {
			const link = section.querySelector("#agenda_feed_url");
			if (link) {
				link.focus();
				link.select();
			} else {
				section.focus();
			}
		}
	});
})();
