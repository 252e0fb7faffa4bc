// Builds the command-line tool for Node into dist/ (git-ignored). Separate from
// esbuild.config.mjs: the CLI may use Node and gray-matter, the plugin never.
// Everything is bundled, so the packed CLI (`npm pack`) installs with no dependencies.
//
// One file per subcommand: dist/interview-follow-up.cjs holds only the router
// (src/cli/main.ts) and requires dist/commands/<name>.cjs when that command
// runs, so a command loads only its own code (DESIGN §8: start-up within 1.2×
// of `node -e 0`). Each command file carries its own copy of the code it uses.
import esbuild from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";

const commands = readdirSync("src/cli/commands")
	.filter((f) => f.endsWith(".ts") && f !== "index.ts")
	.map((f) => basename(f, ".ts"));

/** The router's `import("./due")` becomes `require("./commands/due.cjs")`, next to the bin. */
const commandFiles = {
	name: "command-files",
	setup(build) {
		build.onResolve({ filter: /^\.\/[a-z-]+$/ }, (args) => {
			if (args.kind !== "dynamic-import" || !args.importer.endsWith("commands/index.ts")) return undefined;
			const name = args.path.slice(2);
			if (!commands.includes(name)) return { errors: [{ text: `No command file src/cli/commands/${name}.ts` }] };
			return { path: `./commands/${name}.cjs`, external: true };
		});
	},
};

// js-yaml 3 (gray-matter's YAML engine) tries to require `esprima` at start-up for
// its !!js/function type, which the CLI never uses (it parses with the core schema):
// the type is replaced by one that never matches, so esprima is never loaded.
const noJsFunctionType = {
	name: "no-js-function-type",
	setup(build) {
		build.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]js[\\/]function\.js$/ }, (args) => ({
			contents: "var Type = require('../../type'); module.exports = new Type('tag:yaml.org,2002:js/function', { kind: 'scalar', resolve: function () { return false; } });",
			loader: "js",
			resolveDir: dirname(args.path),
		}));
	},
};

// dictionary-en reads its two files with a top-level await, which a CommonJS
// bundle cannot hold: the review command gets their text inlined instead (its
// own file only; the dictionary is loaded when review first checks spelling).
const inlineDictionary = {
	name: "inline-dictionary",
	setup(build) {
		build.onResolve({ filter: /^dictionary-en$/ }, () => ({ path: "dictionary-en", namespace: "inline-dictionary" }));
		build.onLoad({ filter: /.*/, namespace: "inline-dictionary" }, () => {
			const dir = dirname(createRequire(import.meta.url).resolve("dictionary-en"));
			const read = (name) => JSON.stringify(readFileSync(join(dir, name), "utf8"));
			return { contents: `module.exports = { aff: ${read("index.aff")}, dic: ${read("index.dic")} };`, loader: "js" };
		});
	},
};

const common = {
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	// import() becomes require(): no ES module loader at start-up.
	supported: { "dynamic-import": false },
	logLevel: "warning",
};

const outfile = "dist/interview-follow-up.cjs";
const results = await Promise.all([
	esbuild.build({ ...common, entryPoints: ["src/cli/bin.ts"], outfile, banner: { js: "#!/usr/bin/env node" }, plugins: [commandFiles], write: false }),
	esbuild.build({
		...common,
		entryPoints: commands.map((name) => ({ in: `src/cli/commands/${name}.ts`, out: name })),
		outdir: "dist/commands",
		outExtension: { ".js": ".cjs" },
		plugins: [noJsFunctionType, inlineDictionary],
		write: false,
	}),
]);
// Written aside, then renamed: a process starting the CLI meanwhile (a test, `npm pack`) never reads half a file.
for (const file of results.flatMap((r) => r.outputFiles)) {
	mkdirSync(dirname(file.path), { recursive: true });
	const part = `${file.path}.${process.pid}.part`;
	writeFileSync(part, file.contents, { mode: 0o755 });
	renameSync(part, file.path);
}
// The inlined dictionary's licence travels with it.
copyFileSync(join(dirname(createRequire(import.meta.url).resolve("dictionary-en")), "license"), "dist/dictionary-en-license.txt");
