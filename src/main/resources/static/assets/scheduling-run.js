// A solver run's page. While the run goes, its progress bar, state and best score follow
// the Server-Sent Events of /progress (read from the database each second, whichever
// server solves it); each new best score joins the table of points, and the best score
// over time is drawn from that table as an SVG line chart, one line per level of the
// score that is ever below zero. When the run ends, the page reloads to show its report.
// Without this script, the table and a refresh tell the same.
document.addEventListener("DOMContentLoaded", () => {
	const status = document.getElementById("run_status");
	const chart = document.getElementById("score_chart");
	const table = document.querySelector("#score_points tbody");
	if (!status || !chart || !table) {
		return;
	}
	const progress = document.getElementById("run_progress");
	const state = document.getElementById("run_state");
	const best = document.getElementById("best_score");
	const svgNs = "http://www.w3.org/2000/svg";
	const levels = ["hard", "medium", "soft"];
	const width = 600;
	const height = 90;
	const limit = Number(progress.max);
	let spent = Number(progress.value);

	const pointOf = (row) => ({
		spentMillis: Number(row.dataset.spent),
		hard: Number(row.dataset.hard),
		medium: Number(row.dataset.medium),
		soft: Number(row.dataset.soft),
	});
	const points = [...table.rows].map(pointOf);

	const element = (name, attributes) => {
		const node = document.createElementNS(svgNs, name);
		Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
		return node;
	};

	// The best score is a step: it holds until the next new best, and up to now. The time
	// axis runs to now (the progress bar shows how much of the limit that is), so that a
	// run of an hour does not draw its first minutes as a sliver.
	const line = (level) => {
		const lowest = Math.min(...points.map((point) => point[level]));
		const end = Math.max(1, spent, ...points.map((point) => point.spentMillis));
		const x = (millis) => ((millis / end) * width).toFixed(1);
		const y = (value) => (lowest === 0 ? 2 : 2 + (value / lowest) * (height - 4)).toFixed(1);
		const steps = [];
		points.forEach((point, index) => {
			if (index > 0) {
				steps.push(`${x(point.spentMillis)},${y(points[index - 1][level])}`);
			}
			steps.push(`${x(point.spentMillis)},${y(point[level])}`);
		});
		steps.push(`${x(Math.max(spent, points[points.length - 1].spentMillis))},${y(points[points.length - 1][level])}`);
		return { lowest, steps: steps.join(" ") };
	};

	const draw = () => {
		chart.replaceChildren();
		if (points.length === 0) {
			return;
		}
		let shown = levels.filter((level) => points.some((point) => point[level] !== 0));
		if (shown.length === 0) {
			shown = ["soft"];
		}
		shown.forEach((level) => {
			const { lowest, steps } = line(level);
			const latest = points[points.length - 1][level];
			const svg = element("svg", {
				viewBox: `0 0 ${width} ${height}`,
				class: `score-line score-line-${level}`,
				role: "img",
				"aria-label": `${level} score over time: from ${points[0][level]} to ${latest}`,
			});
			svg.append(element("line", { x1: 0, y1: height - 1, x2: width, y2: height - 1, class: "axis" }));
			svg.append(element("polyline", { points: steps, class: "steps" }));
			const caption = document.createElement("p");
			caption.className = "score-line-caption";
			caption.textContent = `${level}: now ${latest} (top of the chart 0, bottom ${lowest})`;
			chart.append(caption, svg);
		});
	};

	const show = (update) => {
		spent = update.spentMillis;
		progress.value = Math.min(update.spentMillis, limit);
		progress.textContent = `${Math.round((100 * progress.value) / limit)} %`;
		state.textContent = update.words;
		if (update.bestScore) {
			best.textContent = update.bestScore;
		}
	};

	const addPoint = (point) => {
		points.push(point);
		const row = table.insertRow();
		row.dataset.position = point.position;
		[`${(point.spentMillis / 1000).toFixed(1)} s`, point.hard, point.medium, point.soft].forEach((text) => {
			row.insertCell().textContent = text;
		});
		best.textContent = `${point.hard}hard/${point.medium}medium/${point.soft}soft`;
	};

	draw();
	if (status.dataset.going !== "true" || !window.EventSource) {
		return;
	}
	const source = new EventSource(status.dataset.progress);
	source.addEventListener("point", (event) => {
		addPoint(JSON.parse(event.data));
		draw();
	});
	source.addEventListener("state", (event) => {
		show(JSON.parse(event.data));
		draw();
	});
	source.addEventListener("end", (event) => {
		source.close();
		show(JSON.parse(event.data));
		window.location.reload();
	});
});
