/**
 * Loads a built command file (dist/commands/<name>.cjs, scripts/build-cli.mjs)
 * with the V8 code cache made for it at build time, so Node does not compile
 * the command's code again on every run (DESIGN §8: an empty `due` within
 * 1.2× of `node -e 0`). Without a cache, or with one this Node's V8 cannot use
 * (another version: V8 checks and rejects it), the file is compiled as
 * `require` would; either way it runs with CommonJS's own five arguments.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

/**
 * The function a command file's text is compiled as. The build makes each
 * cache from exactly this text (a cache is for one text): keep it the same
 * as `wrap` in scripts/build-cli.mjs (test/cli/command-file.test.ts checks).
 */
export const wrapCommandSource = (source: string): string => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

export const cacheFileOf = (file: string): string => `${file}.v8-cache`;

/**
 * The last line of a built command file names its build, and its cache file
 * starts with the same 16 characters: V8 checks a cache against the length of
 * the text only, so a cache is used only with the very file it was made from.
 */
const BUILD_ID = /\/\/# build-id ([0-9a-f]{16})\n$/;
const ID_LENGTH = 16;

/** The code cache in `cache` when it was made from `source`, else undefined. */
export function cachedDataFor(source: string, cache: Buffer | undefined): Buffer | undefined {
	const id = BUILD_ID.exec(source.slice(-40))?.[1];
	if (id === undefined || cache === undefined || cache.length <= ID_LENGTH || cache.toString("latin1", 0, ID_LENGTH) !== id) return undefined;
	return cache.subarray(ID_LENGTH);
}

interface LoadedModule {
	exports: unknown;
}

const SCRIPTS = Symbol.for("interview-follow-up.scripts");

/**
 * Every file run by runCommandFile in this process, by path (one map for all
 * the copies of this module: each built file has its own). The build makes a
 * library file's cache from it after a command has run over a vault.
 */
export function loadedScripts(): Map<string, Script> {
	const global = globalThis as { [SCRIPTS]?: Map<string, Script> };
	return (global[SCRIPTS] ??= new Map<string, Script>());
}

/**
 * Runs the command file `file` with `cache` (its cache file's bytes), if made from it. Returns its exports and whether V8 took the cache.
 * `requireFrom`: the file its `require` resolves from (a library file requires what its command beside it would).
 */
export function runCommandFile(file: string, cache?: Buffer, requireFrom = file): { exports: unknown; cacheUsed: boolean } {
	const source = readFileSync(file, "utf8");
	const cachedData = cachedDataFor(source, cache);
	const script = new Script(wrapCommandSource(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
	loadedScripts().set(file, script);
	const module: LoadedModule = { exports: {} };
	const run = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: LoadedModule, f: string, d: string) => void;
	run.call(module.exports, module.exports, createRequire(requireFrom), module, file, dirname(file));
	return { exports: module.exports, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

function readCache(file: string): Buffer | undefined {
	try {
		return readFileSync(cacheFileOf(file));
	} catch {
		return undefined;
	}
}

/** The exports of the built command `name`, beside the bin in commands/. */
export function loadCommandFile(name: string): unknown {
	const file = join(__dirname, "commands", `${name}.cjs`);
	return runCommandFile(file, readCache(file)).exports;
}

/** The exports of the library file `name` (commands/lib/<name>.cjs), from a command file: `__dirname` is then commands/. */
export function loadLibraryFile(name: string): unknown {
	const file = join(__dirname, "lib", `${name}.cjs`);
	return runCommandFile(file, readCache(file), join(__dirname, `${name}.cjs`)).exports;
}
