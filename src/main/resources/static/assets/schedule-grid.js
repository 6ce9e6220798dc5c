// Drag and drop on the draft timetable's grid: dropping a session card on another cell
// fills that session's own move form (room and block; its part of the block stays) and
// submits it, so the server checks and answers exactly as for the form. Without this
// script, the forms work alone.
document.addEventListener("DOMContentLoaded", () => {
	let dragged = null;
	document.querySelectorAll(".grid-session[draggable=true]").forEach((card) => {
		card.addEventListener("dragstart", (event) => {
			dragged = card;
			card.classList.add("dragging");
			event.dataTransfer.effectAllowed = "move";
			event.dataTransfer.setData("text/plain", card.dataset.session);
		});
		card.addEventListener("dragend", () => {
			card.classList.remove("dragging");
			dragged = null;
		});
	});
	document.querySelectorAll(".grid-cell").forEach((cell) => {
		cell.addEventListener("dragover", (event) => {
			if (dragged) {
				event.preventDefault();
				event.dataTransfer.dropEffect = "move";
				cell.classList.add("drop-target");
			}
		});
		cell.addEventListener("dragleave", () => cell.classList.remove("drop-target"));
		cell.addEventListener("drop", (event) => {
			event.preventDefault();
			cell.classList.remove("drop-target");
			const session = dragged ? dragged.dataset.session : event.dataTransfer.getData("text/plain");
			const form = document.getElementById("move_" + session);
			if (!form || cell.contains(dragged)) {
				return;
			}
			form.elements.room.value = cell.dataset.room;
			form.elements.block.value = cell.dataset.block;
			form.requestSubmit();
		});
	});
});
