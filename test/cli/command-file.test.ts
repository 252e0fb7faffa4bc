/** Command files loaded with the code cache the build made for each (src/cli/command-file.ts). */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheFileOf, cachedDataFor, runCommandFile } from "../../src/cli/command-file";
import { followUpKind } from "../../src/core/follow-ups/kinds";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = join(ROOT, "dist/commands");
const tmp = mkdtempSync(join(tmpdir(), "ifu-command-file-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const commandOf = (exports: unknown): { name?: unknown; run?: unknown } | undefined =>
	Object.values(exports as Record<string, unknown>).find((v): v is { name?: unknown; run?: unknown } => typeof v === "object" && v !== null && "run" in v);

describe("command files and their code caches", () => {
	let files: string[] = [];
	beforeAll(() => {
		const build = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: ROOT, encoding: "utf8" });
		expect(build.status, build.stderr).toBe(0);
		files = readdirSync(DIST).filter((f) => f.endsWith(".cjs")).map((f) => join(DIST, f));
	}, 60_000);

	it("every built command has a cache this Node takes, and runs from it", () => {
		expect(files.map((f) => f.split("/").pop())).toEqual(expect.arrayContaining(["due.cjs", "draft.cjs", "review.cjs", "questions.cjs", "ics.cjs", "mark.cjs", "checklist.cjs", "templates.cjs"]));
		for (const file of files) {
			const { exports, cacheUsed } = runCommandFile(file, readFileSync(cacheFileOf(file)));
			expect([file, cacheUsed]).toEqual([file, true]);
			expect(typeof commandOf(exports)?.run).toBe("function");
		}
	});

	it("never uses a cache made from another file, one that is damaged, or none", () => {
		const [due, ics] = ["due", "ics"].map((n) => join(DIST, `${n}.cjs`)) as [string, string];
		expect(cachedDataFor(readFileSync(due, "utf8"), readFileSync(cacheFileOf(ics)))).toBeUndefined();
		expect(runCommandFile(due, readFileSync(cacheFileOf(ics))).cacheUsed).toBe(false);

		// The right build id over bytes V8 cannot read: V8 rejects them and the file is compiled as usual.
		// In a fresh process: in this one, V8 already holds the file's code and never looks at a cache.
		const damaged = join(tmp, "damaged.v8-cache");
		const bytes = Buffer.from(readFileSync(cacheFileOf(due)));
		bytes.fill(0x5a, 16, 80);
		writeFileSync(damaged, bytes);
		const loader = join(tmp, "loader.cjs");
		buildSync({ entryPoints: [join(ROOT, "src/cli/command-file.ts")], bundle: true, platform: "node", format: "cjs", outfile: loader, logLevel: "warning" });
		const script = `const { runCommandFile } = require(${JSON.stringify(loader)}); const fs = require("fs");
			const r = runCommandFile(${JSON.stringify(due)}, fs.readFileSync(${JSON.stringify(damaged)}));
			const good = runCommandFile(${JSON.stringify(ics)}, fs.readFileSync(${JSON.stringify(cacheFileOf(ics))}));
			console.log(JSON.stringify([r.cacheUsed, r.exports.dueCommand.name, good.cacheUsed]));`;
		const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
		expect(child.stderr).toBe("");
		expect(JSON.parse(child.stdout)).toEqual([false, "due", true]);

		// A file without a build id (an older build, an edited file) takes no cache at all.
		const plain = join(tmp, "due.cjs");
		writeFileSync(plain, readFileSync(due, "utf8").replace(/\/\/# build-id [0-9a-f]+\n$/, ""));
		copyFileSync(cacheFileOf(due), cacheFileOf(plain));
		expect(runCommandFile(plain, readFileSync(cacheFileOf(plain))).cacheUsed).toBe(false);
		expect(runCommandFile(plain).cacheUsed).toBe(false);
	});

	it("reads notes with a library file of its own: never loaded for an empty folder, loaded with its cache for notes, same output", async () => {
		// A preload that records, at exit, each file the CLI ran through the code-cache loader and whether V8 took its cache.
		const hook = join(tmp, "hook.cjs");
		writeFileSync(hook, `process.on("exit", () => {
			const scripts = globalThis[Symbol.for("interview-follow-up.scripts")] ?? new Map();
			require("fs").writeFileSync(process.env.IFU_TEST_OUT, JSON.stringify([...scripts].map(([f, s]) => [require("path").relative(${JSON.stringify(ROOT)}, f), !s.cachedDataRejected])));
		});`);
		const run = (folder: string, ...options: string[]): { stdout: string; loaded: [string, boolean][] } => {
			const out = join(tmp, `loaded-${Math.random().toString(36).slice(2)}.json`);
			const child = spawnSync(process.execPath, ["-r", hook, join(ROOT, "dist/interview-follow-up.cjs"), "due", folder, ...options, "--now", "2026-11-22T09:00:00"], { encoding: "utf8", env: { ...process.env, IFU_TEST_OUT: out } });
			expect(child.stderr).toBe("");
			return { stdout: child.stdout, loaded: JSON.parse(readFileSync(out, "utf8")) as [string, boolean][] };
		};
		const { main } = await import("../../src/cli/main");
		const inProcess = async (folder: string, ...options: string[]): Promise<string> => {
			let text = "";
			expect(await main(["due", folder, ...options, "--now", "2026-11-22T09:00:00"], { stdout: (t) => void (text += t), stderr: () => undefined, cwd: ROOT })).toBe(0);
			return text;
		};
		const empty = mkdtempSync(join(tmp, "empty-"));
		const vault = join(ROOT, "examples/vault");
		for (const options of [["--json"], []]) {
			const none = run(empty, ...options);
			expect(none.loaded).toEqual([["dist/commands/due.cjs", true]]);
			expect(none.stdout).toBe(await inProcess(empty, ...options));
			const full = run(vault, ...options);
			expect(full.loaded).toEqual([["dist/commands/due.cjs", true], ["dist/commands/lib/note-items.cjs", true]]);
			expect(full.stdout).toBe(await inProcess(vault, ...options));
			expect(full.stdout.split("\n").length).toBeGreaterThan(20);
		}
	});

	it("keeps the kinds table out of due's own file: only the library file that reads notes holds it", () => {
		const label = followUpKind("debrief").label({ people: [], due: new Date() }, {} as never);
		expect(label.length).toBeGreaterThan(10);
		expect(readFileSync(join(DIST, "lib/note-items.cjs"), "utf8")).toContain(label);
		expect(readFileSync(join(DIST, "due.cjs"), "utf8")).not.toContain(label);
	});
});
