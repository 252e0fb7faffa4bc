/**
 * The CLI as a package: `npm pack` makes a tarball that installs, offline and
 * with no dependencies, into a fresh prefix, with `interview-follow-up` on PATH.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { recordIO } from "./io";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
	name: string;
	version: string;
	bin: Record<string, string>;
	engines: { node: string };
	dependencies?: Record<string, string>;
};

const tmp = mkdtempSync(join(tmpdir(), "ifu-pack-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A cache of its own, so the test neither reads nor fills the user's npm cache.
const npmEnv = { ...process.env, npm_config_cache: join(tmp, "cache"), npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };
const npm = (args: string[]): SpawnSyncReturns<string> => spawnSync("npm", args, { cwd: ROOT, env: npmEnv, encoding: "utf8" });

describe("the packed CLI", () => {
	it("names the Node version the tests run on", () => {
		const major = /^\^(\d+)$/.exec(PACKAGE.engines.node)?.[1];
		expect(major, `engines.node is ${PACKAGE.engines.node}`).toBe(process.versions.node.split(".")[0]);
	});

	it("packs the bundled CLI only, installs offline into a fresh prefix and runs `due` from PATH", async () => {
		const pack = npm(["pack", "--json", "--pack-destination", tmp]);
		expect(pack.status, pack.stderr).toBe(0);
		const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
		const files = packed?.files.map((f) => f.path).sort() ?? [];
		expect(files).toEqual(expect.arrayContaining(["CHANGELOG.md", "LICENSE", "README.md", "package.json", PACKAGE.bin["interview-follow-up"]]));
		expect(files.filter((f) => !/^(dist\/.*|LICENSE|README\.md|CHANGELOG\.md|package\.json)$/.test(f))).toEqual([]);
		// Everything the CLI needs is in its bundle: nothing to fetch at install time.
		expect(PACKAGE.dependencies ?? {}).toEqual({});

		const prefix = join(tmp, "prefix");
		const install = npm(["install", "-g", "--offline", "--prefix", prefix, join(tmp, packed?.filename ?? "")]);
		expect(install.status, install.stderr).toBe(0);
		expect(install.stderr).not.toMatch(/install.scripts/i);
		const bin = join(prefix, "bin");
		expect(existsSync(join(bin, "interview-follow-up"))).toBe(true);

		// Only the prefix and Node itself on PATH: the command comes from the installed package.
		const env = { ...process.env, PATH: [bin, dirname(process.execPath)].join(delimiter) };
		const args = ["due", "examples/vault", "--now", "2026-11-22T09:00"];
		const run = spawnSync("interview-follow-up", args, { cwd: ROOT, env, encoding: "utf8" });
		expect(run.stderr).toBe("");
		expect(run.status).toBe(0);
		const io = recordIO(ROOT);
		expect(await main(args, io)).toBe(0);
		expect(run.stdout).toBe(io.out());
		expect(run.stdout).toMatch(/^Follow-ups at 2026-11-22 09:00\n\nOverdue \(8\)\n/);

		const help = spawnSync("interview-follow-up", ["--help"], { cwd: tmp, env, encoding: "utf8" });
		expect(help.status).toBe(0);
		expect(help.stdout).toMatch(/^Usage: interview-follow-up <command>/);
	}, 60_000);
});
