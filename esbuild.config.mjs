import esbuild from "esbuild";
import process from "process";
import { builtinModules } from "node:module";

const prod = process.argv[2] === "production";

// Every plugin file imports "obsidian"; bundled as CommonJS, each would get its own
// `var x = require("obsidian")`. They share one module instead, which re-exports the
// external "obsidian" once (the same objects and classes, read through its exports).
const oneObsidian = {
	name: "one-obsidian",
	setup(build) {
		build.onResolve({ filter: /^obsidian$/ }, (args) =>
			args.namespace === "one-obsidian" ? { path: "obsidian", external: true } : { path: "obsidian", namespace: "one-obsidian" });
		build.onLoad({ filter: /.*/, namespace: "one-obsidian" }, () => ({ contents: 'export * from "obsidian";', loader: "js" }));
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
