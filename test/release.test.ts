/**
 * Releasing: `npm version` runs version-bump.mjs (manifest.json, versions.json)
 * and tags without a "v"; the release workflow attaches what Obsidian downloads.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const read = (file: string, dir = ROOT): string => readFileSync(join(dir, file), "utf8");
const json = (file: string, dir = ROOT): Record<string, unknown> => JSON.parse(read(file, dir)) as Record<string, unknown>;
const PACKAGE = json("package.json") as { version: string; scripts: Record<string, string>; engines: { node: string } };

const temps: string[] = [];
afterEach(() => {
	for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

// git and npm without the user's configuration: no signing, a fixed identity.
const env = {
	...process.env,
	GIT_CONFIG_GLOBAL: "/dev/null",
	GIT_CONFIG_NOSYSTEM: "1",
	GIT_AUTHOR_NAME: "Test",
	GIT_AUTHOR_EMAIL: "test@example.com",
	GIT_COMMITTER_NAME: "Test",
	GIT_COMMITTER_EMAIL: "test@example.com",
	npm_config_update_notifier: "false",
};
const sh = (cwd: string, cmd: string, args: string[], extra: Record<string, string> = {}) =>
	spawnSync(cmd, args, { cwd, env: { ...env, ...extra }, encoding: "utf8" });

/** A git repository holding the release files of this one, at version 0.1.0, committed. */
function releaseRepo(): string {
	const dir = mkdtempSync(join(tmpdir(), "ifu-release-"));
	temps.push(dir);
	for (const f of ["manifest.json", "version-bump.mjs", ".npmrc"]) copyFileSync(join(ROOT, f), join(dir, f));
	writeFileSync(join(dir, "manifest.json"), `${JSON.stringify({ ...json("manifest.json"), version: "0.1.0" }, null, 2)}\n`);
	writeFileSync(join(dir, "versions.json"), '{ "0.1.0": "1.4.4" }\n');
	writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bump-test", version: "0.1.0", private: true, scripts: { version: PACKAGE.scripts.version } }, null, 2));
	for (const args of [["init", "-q"], ["add", "-A"], ["commit", "-qm", "start"]]) expect(sh(dir, "git", args).status).toBe(0);
	return dir;
}

describe("npm version", () => {
	it("writes the version into manifest.json and versions.json, commits them and tags it without a v", () => {
		const dir = releaseRepo();
		const bump = sh(dir, "npm", ["version", "minor"]);
		expect(bump.status, bump.stderr).toBe(0);
		const manifest = json("manifest.json", dir);
		expect(manifest).toEqual({ ...json("manifest.json"), version: "0.2.0" });
		expect(json("versions.json", dir)).toEqual({ "0.1.0": "1.4.4", "0.2.0": manifest.minAppVersion });
		expect(sh(dir, "git", ["tag", "--list"]).stdout).toBe("0.2.0\n");
		const committed = sh(dir, "git", ["show", "--name-only", "--format=%s", "HEAD"]).stdout.trim().split("\n");
		expect(committed).toEqual(["0.2.0", "", "manifest.json", "package.json", "versions.json"]);
		expect(sh(dir, "git", ["status", "--porcelain"]).stdout).toBe("");
	});

	it("version-bump.mjs refuses a version Obsidian cannot compare, changing nothing", () => {
		const dir = releaseRepo();
		const before = [read("manifest.json", dir), read("versions.json", dir)];
		for (const version of ["", "1.0", "1.0.0-beta.1"]) {
			const r = sh(dir, process.execPath, ["version-bump.mjs"], { npm_package_version: version });
			expect(r.status).toBe(1);
			expect(r.stderr).toBe(`version-bump: the version '${version}' is not x.y.z; run it as 'npm version patch' (or minor, major, or x.y.z).\n`);
		}
		expect([read("manifest.json", dir), read("versions.json", dir)]).toEqual(before);
	});

	it("the repository's manifest, versions.json and package.json agree", () => {
		const manifest = json("manifest.json");
		expect(manifest.version).toBe(PACKAGE.version);
		expect(json("versions.json")[PACKAGE.version]).toBe(manifest.minAppVersion);
	});
});

describe("the release workflow", () => {
	type Step = { uses?: string; run?: string; with?: Record<string, string> };
	const workflow = parse(read(".github/workflows/release.yml")) as {
		on: { push: { tags: string[] } };
		permissions: Record<string, string>;
		jobs: Record<string, { steps: Step[] }>;
	};
	const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
	const runs = steps.map((s) => s.run ?? "").join("\n");

	it("runs on a pushed tag and may write the release", () => {
		expect(workflow.on.push.tags).toEqual(["*"]);
		expect(workflow.permissions.contents).toBe("write");
	});

	it("installs with npm ci on the Node version package.json names, then tests and builds", () => {
		const node = steps.find((s) => s.uses?.startsWith("actions/setup-node"))?.with?.["node-version"];
		expect(node).toBe(`${/^\^(\d+)$/.exec(PACKAGE.engines.node)?.[1] ?? "?"}.x`);
		const order = ["npm ci", "npm run test:all", "npm pack", "gh release create"].map((c) => runs.indexOf(c));
		expect(order.every((i) => i >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		// test:all builds main.js.
		expect(PACKAGE.scripts["test:all"]).toContain("npm run build");
	});

	it("creates a draft release named by the tag with main.js, manifest.json and styles.css attached", () => {
		const create = /gh release create (.+)/.exec(runs.replace(/\\\n\s*/g, " "))?.[1] ?? "";
		const words = create.split(/\s+/);
		expect(words).toEqual(expect.arrayContaining(['"$tag"', "--draft", "main.js", "manifest.json", "styles.css", '"interview-follow-up-$tag.tgz"']));
		expect(runs).toContain('tag="${GITHUB_REF#refs/tags/}"');
	});
});
