// Added to every page and frame before its own scripts: records each call the corpus's
// vectors make (alert, confirm, prompt, print, or setting window.__xss), so the test
// reads whether any user-written script ran. Independent of the Content-Security-Policy,
// which the test bypasses.
(() => {
	const runs = [];
	Object.defineProperty(window, "__xssRuns", { value: runs });
	for (const name of ["alert", "confirm", "prompt", "print"]) {
		window[name] = (...args) => {
			runs.push(name + "(" + args.join(",") + ")");
			return name === "confirm" ? false : null;
		};
	}
	Object.defineProperty(window, "__xss", {
		configurable: false,
		get: () => undefined,
		set: (value) => runs.push("window.__xss = " + value),
	});
})();
