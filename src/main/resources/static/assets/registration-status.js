// Shows on an event's home whether tickets are on sale, sold out, and how many wait.
// The page is the same bytes for every visitor and stays cached through a rush; only
// this small answer changes, so it is asked for afterwards.
document.addEventListener("DOMContentLoaded", () => {
	const section = document.getElementById("registration_status");
	if (!section) {
		return;
	}
	fetch(section.dataset.status, { headers: { Accept: "application/json" } })
		.then((response) => (response.ok ? response.json() : null))
		.then((status) => {
			if (!status || !status.open) {
				return;
			}
			const link = document.getElementById("registration_link");
			link.textContent = status.soldOut ? "Sold out: join the waiting list" : "Register";
			if (status.waiting > 0) {
				document.getElementById("registration_waiting").textContent =
					status.waiting === 1 ? "1 person is on the waiting list." : status.waiting + " people are on the waiting list.";
			}
			if (status.ticketTypes.length > 1) {
				const list = document.getElementById("registration_types");
				for (const type of status.ticketTypes) {
					const item = document.createElement("li");
					let sale = "on sale";
					if (type.soldOut) {
						sale = type.waiting === 0 ? "sold out" : "sold out, " + (type.waiting === 1 ? "1 person" : type.waiting + " people") + " waiting";
					}
					item.textContent = type.name + " (" + type.price + "): " + sale;
					list.append(item);
				}
				list.hidden = false;
			}
			section.hidden = false;
		})
		.catch(() => {});
});
