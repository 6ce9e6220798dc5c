// What in the page's DOM (its frames' too, where same-origin) could run user-written
// script: any on* attribute, a javascript:, vbscript: or data: URL in an attribute that
// browsers follow, a script not served by the app from /assets/, and elements that embed
// or redirect (iframe, object, embed, base, meta refresh). Answers a description of each.
() => {
	const urlAttributes = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "background",
		"poster", "srcdoc", "codebase", "lowsrc", "dynsrc", "srcset", "ping", "manifest", "cite", "longdesc", "to",
		"values", "from", "by"]);
	const found = [];
	const describe = (element) => element.outerHTML.slice(0, 160);
	const scan = (root) => {
		for (const element of root.querySelectorAll("*")) {
			for (const attribute of element.attributes) {
				const name = attribute.name.toLowerCase();
				const value = attribute.value.replace(/[\u0000-\u0020\u007f-\u00a0]/g, "").toLowerCase();
				if (name.startsWith("on")) {
					found.push("event handler attribute " + name + ": " + describe(element));
				}
				if (urlAttributes.has(name) && /(^|,)(javascript|vbscript|data):/.test(value)) {
					found.push("script-capable URL in " + name + ": " + describe(element));
				}
				if (name === "style" && /expression\(|javascript:/.test(value)) {
					found.push("script in a style attribute: " + describe(element));
				}
			}
			const tag = element.localName;
			if (tag === "script") {
				let own = false;
				try {
					const source = new URL(element.getAttribute("src"), location.href);
					own = element.hasAttribute("src") && source.origin === location.origin
						&& source.pathname.startsWith("/assets/");
				} catch (unparsable) {
					own = false;
				}
				if (!own) {
					found.push("script element not served by the app: " + describe(element));
				}
			}
			if (["iframe", "frame", "object", "embed", "base", "applet"].includes(tag)) {
				found.push(tag + " element: " + describe(element));
			}
			if (tag === "meta" && (element.getAttribute("http-equiv") || "").toLowerCase() === "refresh") {
				found.push("meta refresh: " + describe(element));
			}
			if (tag === "template") {
				scan(element.content);
			}
		}
	};
	scan(document);
	return found;
}
