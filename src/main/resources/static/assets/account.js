// Names the signed-in user in the header. Public pages are the same bytes for every
// visitor (they are cached and carry no session), so this is asked for afterwards.
document.addEventListener("DOMContentLoaded", () => {
	const link = document.getElementById("account_link");
	if (!link) {
		return;
	}
	fetch("/api/v1/me", { credentials: "same-origin", headers: { Accept: "application/json" } })
		.then((response) => (response.ok ? response.json() : null))
		.then((me) => {
			if (me && me.signedIn) {
				link.textContent = me.name;
				link.href = "/account/profile";
				link.title = "Your profile";
			}
		})
		.catch(() => {});
});
