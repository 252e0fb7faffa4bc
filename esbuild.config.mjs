import esbuild from "esbuild";
import process from "process";
import { builtinModules } from "node:module";

const prod = process.argv[2] === "production";

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
});

if (prod) {
	await context.rebuild();
	await context.dispose();
} else {
	await context.watch();
}
