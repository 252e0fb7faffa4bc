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
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";

const commands = readdirSync("src/cli/commands")
	.filter((f) => f.endsWith(".ts") && f !== "index.ts")
	.map((f) => basename(f, ".ts"));

/**
 * The router's `import("./due")` becomes a call that loads ./commands/due.cjs, next to
 * the bin, with its code cache (src/cli/command-file.ts), when the command runs.
 */
const commandFiles = {
	name: "command-files",
	setup(build) {
		build.onResolve({ filter: /^\.\/[a-z-]+$/ }, (args) => {
			if (args.kind !== "dynamic-import" || !args.importer.endsWith("commands/index.ts")) return undefined;
			const name = args.path.slice(2);
			if (!commands.includes(name)) return { errors: [{ text: `No command file src/cli/commands/${name}.ts` }] };
			return { path: name, namespace: "command-file" };
		});
		build.onLoad({ filter: /.*/, namespace: "command-file" }, (args) => ({
			contents: `module.exports = require(${JSON.stringify(join(process.cwd(), "src/cli/command-file.ts"))}).loadCommandFile(${JSON.stringify(args.path)});`,
			loader: "js",
			resolveDir: process.cwd(),
		}));
	},
};

/** Must stay the text src/cli/command-file.ts compiles a command file as (`wrapCommandSource`). */
const wrap = (source) => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

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

// Libraries a command may not need on every run (an empty vault parses no YAML; only
// `draft` and `review` read Markdown): each is built once into
// dist/commands/lib/, and a command's import of it becomes an object whose
// properties require that file on first use, so Node neither compiles nor runs it
// until then.
const LAZY = {
	yaml: { "gray-matter/lib/engines": ["yaml"] },
	markdown: { "mdast-util-from-markdown": ["fromMarkdown"], "mdast-util-gfm": ["gfmFromMarkdown"], "micromark-extension-gfm": ["gfm"] },
};
const libOf = new Map(Object.entries(LAZY).flatMap(([lib, modules]) => Object.keys(modules).map((m) => [m, lib])));
const lazyFilter = new RegExp(`^(${[...libOf.keys()].map((k) => k.replace(/[/.-]/g, "\\$&")).join("|")})$`);
const lazyLibraries = {
	name: "lazy-libraries",
	setup(build) {
		build.onResolve({ filter: lazyFilter }, (args) => ({ path: args.path, namespace: "lazy" }));
		build.onLoad({ filter: /.*/, namespace: "lazy" }, (args) => {
			const lib = libOf.get(args.path);
			const getters = LAZY[lib][args.path].map((name) => `get ${name}() { return load().${name}; }`).join(", ");
			return { contents: `let lib; const load = () => (lib ??= require("./lib/${lib}.cjs")); module.exports = { ${getters} };`, loader: "js" };
		});
		// The proxy's require of the library file stays a require, next to the command.
		build.onResolve({ filter: /^\.\/lib\// }, (args) => (args.namespace === "lazy" ? { path: args.path, external: true } : undefined));
	},
};
/** The entry of a library file: what the commands use of its libraries (tree-shaken). */
const libraryEntries = {
	name: "library-entries",
	setup(build) {
		build.onResolve({ filter: /^lib-entry:/ }, (args) => ({ path: args.path.slice("lib-entry:".length), namespace: "lib-entry" }));
		build.onLoad({ filter: /.*/, namespace: "lib-entry" }, (args) => ({
			contents: Object.entries(LAZY[args.path]).map(([module, names]) => `export { ${names.join(", ")} } from ${JSON.stringify(module)};`).join("\n"),
			loader: "js",
			resolveDir: process.cwd(),
		}));
	},
};

// The CLI's own code a command needs only once a vault has notes (reading them, the
// rules): built into dist/commands/lib/<name>.cjs, and the command's import of it
// becomes an object whose properties load that file, with its code cache, on first
// use (src/cli/command-file.ts). An empty folder never loads it.
const OWN_LAZY = { "note-items": { from: ["src/cli/load.ts", "src/cli/commands/due.ts"], names: ["listingItems", "groupItems"] } };
const commandFileModule = JSON.stringify(join(process.cwd(), "src/cli/command-file.ts"));
const ownLazy = {
	name: "own-lazy",
	setup(build) {
		build.onResolve({ filter: /^\.\.?\/[a-z-]+$/ }, (args) => {
			const name = basename(args.path);
			const lib = OWN_LAZY[name];
			if (!lib || args.kind === "entry-point" || !lib.from.some((from) => args.importer === join(process.cwd(), from))) return undefined;
			if (join(args.resolveDir, args.path) !== join(process.cwd(), "src/cli", name)) return { errors: [{ text: `${args.path} is not src/cli/${name}.ts` }] };
			return { path: name, namespace: "own-lazy" };
		});
		build.onLoad({ filter: /.*/, namespace: "own-lazy" }, (args) => {
			const getters = OWN_LAZY[args.path].names.map((name) => `get ${name}() { return load().${name}; }`).join(", ");
			return {
				contents: `let lib; const load = () => (lib ??= require(${commandFileModule}).loadLibraryFile(${JSON.stringify(args.path)})); module.exports = { ${getters} };`,
				loader: "js",
				resolveDir: process.cwd(),
			};
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
	minify: true,
	logLevel: "warning",
};

const outfile = "dist/interview-follow-up.cjs";
const results = await Promise.all([
	esbuild.build({ ...common, entryPoints: ["src/cli/bin.ts"], outfile, banner: { js: "#!/usr/bin/env node" }, plugins: [commandFiles], write: false }),
	esbuild.build({
		...common,
		entryPoints: [
			...commands.map((name) => ({ in: `src/cli/commands/${name}.ts`, out: name })),
			...Object.keys(OWN_LAZY).map((name) => ({ in: `src/cli/${name}.ts`, out: `lib/${name}` })),
		],
		outdir: "dist/commands",
		outExtension: { ".js": ".cjs" },
		plugins: [ownLazy, lazyLibraries, inlineDictionary],
		write: false,
	}),
	esbuild.build({
		...common,
		entryPoints: Object.keys(LAZY).map((lib) => ({ in: `lib-entry:${lib}`, out: `lib/${lib}` })),
		outdir: "dist/commands",
		outExtension: { ".js": ".cjs" },
		plugins: [libraryEntries, noJsFunctionType],
		write: false,
	}),
]);
// Each command file ends with its build id: a hash of its text (see the code caches below).
const commandIds = [];
const libraryIds = [];
const outputs = results.flatMap((r, n) =>
	r.outputFiles.map((file) => {
		if (n !== 1 || !file.path.endsWith(".cjs")) return { path: file.path, contents: file.contents };
		const id = createHash("sha256").update(file.contents).digest("hex").slice(0, 16);
		(file.path.includes(join("commands", "lib")) ? libraryIds : commandIds).push([file.path, id]);
		return { path: file.path, contents: Buffer.concat([file.contents, Buffer.from(`//# build-id ${id}\n`)]) };
	}),
);
// Written aside, then renamed: a process starting the CLI meanwhile (a test, `npm pack`) never reads half a file.
for (const file of outputs) {
	mkdirSync(dirname(file.path), { recursive: true });
	const part = `${file.path}.${process.pid}.part`;
	writeFileSync(part, file.contents, { mode: 0o755 });
	renameSync(part, file.path);
}
// A V8 code cache for each command file, made by this Node after compiling the file,
// running its top level and then the command itself on an empty folder, so that the
// cache also holds the code every run goes through (arguments, settings, the walk, the
// output): a run then need not compile that code again. A library file's cache (OWN_LAZY)
// is made after `due` has run over the example vault, so it holds the code that reads
// notes and applies the rules. A cache starts with the build id the file ends with
// (src/cli/command-file.ts); a Node whose V8 differs rejects the cache and compiles the
// file itself.
const made = spawnSync(process.execPath, ["-e", `
	const { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
	const { createRequire } = require("node:module");
	const { tmpdir } = require("node:os");
	const { dirname, join } = require("node:path");
	const { Script } = require("node:vm");
	const wrap = ${wrap.toString()};
	const empty = mkdtempSync(join(tmpdir(), "ifu-code-cache-"));
	const io = { stdout() {}, stderr() {}, cwd: empty, locale: "en-GB" };
	const writeCache = (file, id, script) => {
		const part = file + ".v8-cache." + process.pid + ".part";
		writeFileSync(part, Buffer.concat([Buffer.from(id, "latin1"), script.createCachedData()]));
		renameSync(part, file + ".v8-cache");
	};
	(async () => {
		const byName = {};
		for (const [file, id] of JSON.parse(process.argv[1])) {
			const script = new Script(wrap(readFileSync(file, "utf8")), { filename: file });
			const module = { exports: {} };
			script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
			const command = Object.values(module.exports).find((v) => typeof v === "object" && v !== null && typeof v.run === "function");
			if (command) byName[command.name] = command;
			// Usage errors are expected here (a command that needs a note): the code up to them is what counts.
			if (command) await (async () => command.run([empty], io))().catch(() => undefined);
			writeCache(file, id, script);
		}
		const libraries = JSON.parse(process.argv[2]);
		if (libraries.length === 0) return;
		const code = await byName.due.run([process.argv[3], "--json", "--now", "2026-11-22T09:00:00"], io);
		if (code !== 0) throw new Error("due over the example vault exited with " + code);
		const scripts = globalThis[Symbol.for("interview-follow-up.scripts")];
		for (const [file, id] of libraries) {
			const script = scripts?.get(file);
			if (!script) throw new Error(file + " was not loaded by due over the example vault.");
			writeCache(file, id, script);
		}
	})().finally(() => rmSync(empty, { recursive: true, force: true })).catch((err) => {
		console.error(err);
		process.exitCode = 1;
	});`, JSON.stringify(commandIds), JSON.stringify(libraryIds), join(process.cwd(), "examples", "vault")], { stdio: "inherit" });
if (made.status !== 0) throw new Error("Could not make the command files' code caches.");

// The inlined dictionary's licence travels with it.
copyFileSync(join(dirname(createRequire(import.meta.url).resolve("dictionary-en")), "license"), "dist/dictionary-en-license.txt");
