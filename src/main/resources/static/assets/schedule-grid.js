// Drag and drop on the draft timetable's grid, each drop filling and submitting the form
// that does the same change, so the server checks and answers exactly as for the form:
// - a session card onto another cell: the session's move form (room and block; its part
//   of the block stays);
// - an MC not placed yet onto a cell: the place-MC form (the whole block unless its part
//   was chosen);
// - a talk onto a start of a session of its MC or track: the talk's move form;
// - a topic not placed yet onto a start of a session of its MC or track: that
//   session's place-talk form.
// Without this script, the forms work alone.
document.addEventListener("DOMContentLoaded", () => {
	let dragged = null;

	const draggable = (selector, kind) => {
		document.querySelectorAll(selector).forEach((element) => {
			element.addEventListener("dragstart", (event) => {
				// A talk sits inside a draggable session card: it alone is dragged.
				event.stopPropagation();
				dragged = { kind, element };
				element.classList.add("dragging");
				event.dataTransfer.effectAllowed = "move";
				event.dataTransfer.setData("text/plain", kind);
			});
			element.addEventListener("dragend", () => {
				element.classList.remove("dragging");
				dragged = null;
			});
		});
	};

	const dropTarget = (selector, accepts, drop) => {
		document.querySelectorAll(selector).forEach((target) => {
			target.addEventListener("dragover", (event) => {
				if (dragged && accepts(target)) {
					event.preventDefault();
					event.stopPropagation();
					event.dataTransfer.dropEffect = "move";
					target.classList.add("drop-target");
				}
			});
			target.addEventListener("dragleave", () => target.classList.remove("drop-target"));
			target.addEventListener("drop", (event) => {
				target.classList.remove("drop-target");
				if (!dragged || !accepts(target)) {
					return;
				}
				event.preventDefault();
				event.stopPropagation();
				drop(target, dragged.element);
			});
		});
	};

	const select = (form, name, value) => {
		form.elements[name].value = value;
	};

	draggable(".grid-session[draggable=true]", "session");
	draggable(".grid-unplaced[draggable=true]", "mc");
	draggable(".grid-talk[draggable=true]", "talk");
	draggable(".grid-topic[draggable=true]", "topic");

	dropTarget(".grid-cell", (cell) => dragged.kind === "mc"
		|| (dragged.kind === "session" && !cell.contains(dragged.element)), (cell, element) => {
		const form = dragged.kind === "mc" ? document.getElementById("place_mc_form")
			: document.getElementById("move_" + element.dataset.session);
		if (!form) {
			return;
		}
		if (dragged.kind === "mc") {
			select(form, "mc", element.dataset.mc);
		}
		select(form, "room", cell.dataset.room);
		select(form, "block", cell.dataset.block);
		form.requestSubmit();
	});

	dropTarget(".grid-slot", (slot) => (dragged.kind === "talk" || dragged.kind === "topic")
		&& slot.dataset.track === dragged.element.dataset.track, (slot, element) => {
		const form = dragged.kind === "talk" ? document.getElementById("move_talk_" + element.dataset.talk)
			: document.getElementById("place_talk_" + slot.dataset.session);
		if (!form) {
			return;
		}
		if (dragged.kind === "talk") {
			select(form, "session", slot.dataset.session);
		}
		else {
			select(form, "topic", element.dataset.topic);
		}
		select(form, "start", slot.dataset.start);
		form.requestSubmit();
	});
});
