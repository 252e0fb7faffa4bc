import esbuild from "esbuild";
import process from "process";
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";

const prod = process.argv[2] === "production";

// Every plugin file imports "obsidian"; bundled as CommonJS, each would get its own
// `var x = require("obsidian")`. They import it through one module instead, which
// re-exports by name what the source files import from "obsidian": main.js then
// requires it once and reads each export from it, as before. A name missing from
// that list is a build error, never a silent undefined.
const OBSIDIAN_IMPORT = /\bimport\s*\{([^}]*)\}\s*from\s*"obsidian"/g;
function obsidianImports() {
	const files = readdirSync("src", { recursive: true }).filter((f) => f.endsWith(".ts")).map((f) => join("src", f));
	const names = new Set();
	for (const file of files) {
		const text = readFileSync(file, "utf8");
		const all = text.match(/from\s*"obsidian"/g)?.length ?? 0;
		const named = [...text.matchAll(OBSIDIAN_IMPORT)];
		const typeOnly = text.match(/\bimport\s+type\s*\{[^}]*\}\s*from\s*"obsidian"/g)?.length ?? 0;
		if (named.length + typeOnly !== all) throw new Error(`${file}: import from "obsidian" by name (import { … } from "obsidian"), so esbuild.config.mjs can re-export it.`);
		for (const m of named) {
			for (const part of m[1].split(",")) {
				const name = part.trim().split(/\s+as\s+/)[0];
				if (name && !name.startsWith("type ")) names.add(name);
			}
		}
	}
	return { names: [...names].sort(), files };
}
const oneObsidian = {
	name: "one-obsidian",
	setup(build) {
		build.onResolve({ filter: /^obsidian$/ }, (args) =>
			args.namespace === "one-obsidian" ? { path: "obsidian", external: true } : { path: "obsidian", namespace: "one-obsidian" });
		build.onLoad({ filter: /.*/, namespace: "one-obsidian" }, () => {
			const { names, files } = obsidianImports();
			return { contents: `export { ${names.join(", ")} } from "obsidian";`, loader: "js", watchFiles: files };
		});
	},
};

// The plugin bundle runs inside Obsidian (desktop and mobile): Obsidian's own
// modules stay external, and no Node built-in may be pulled in.
const context = await esbuild.context({
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/*",
		"@lezer/*",
		...builtinModules,
		...builtinModules.map((m) => `node:${m}`),
	],
	format: "cjs",
	// ES2020 (Safari 13.1, every Electron Obsidian ships): optional chaining and ?? stay as
	// written instead of growing into helper expressions (about 7 KB of main.js).
	target: "es2020",
	platform: "browser",
	logLevel: "info",
	sourcemap: prod ? false : "inline",
	treeShaking: true,
	minify: prod,
	// Non-ASCII text (CJK surnames, accents, emoji, dashes) as UTF-8 rather than \uXXXX
	// escapes; Obsidian reads main.js as UTF-8.
	charset: "utf8",
	outfile: "main.js",
	plugins: [oneObsidian],
});

if (prod) {
	await context.rebuild();
	await context.dispose();
} else {
	await context.watch();
}
