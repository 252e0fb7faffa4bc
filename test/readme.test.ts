/**
 * Every `$ interview-follow-up …` example in README.md is run through the CLI
 * and its output compared with what the README shows; the quick start's
 * commands are the ones package.json and .ci/run hold.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main";
import { recordIO } from "./cli/io";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const README = readFileSync(`${ROOT}README.md`, "utf8");
const PACKAGE = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as { scripts: Record<string, string> };
const CI = readFileSync(`${ROOT}.ci/run`, "utf8");

/** Splits a command line into words; double quotes group words with spaces. */
function words(line: string): string[] {
	return Array.from(line.matchAll(/"([^"]*)"|(\S+)/g), (m) => m[1] ?? m[2] ?? "");
}

const EXAMPLES = Array.from(README.matchAll(/^```\n\$ interview-follow-up (.+)\n([\s\S]*?)^```$/gm), (m) => ({
	command: m[1] ?? "",
	shown: m[2] ?? "",
}));

describe("README examples", () => {
	it("has the examples this test expects", () => {
		expect(EXAMPLES.map((e) => words(e.command)[0])).toEqual(expect.arrayContaining(["due", "draft", "review"]));
	});

	it.each(EXAMPLES)("$command", async ({ command, shown }) => {
		const io = recordIO(ROOT);
		const code = await main(words(command), io);
		expect(io.out()).toBe(shown);
		expect(code).toBe(words(command)[0] === "review" ? 1 : 0);
	});
});

describe("README quick start", () => {
	const shellBlocks = Array.from(README.matchAll(/^```sh\n([\s\S]*?)^```$/gm), (m) => (m[1] ?? "").trim());
	const START = /^node scripts\/build-cli\.mjs && node (dist\/interview-follow-up\.cjs) (.+)$/.exec(PACKAGE.scripts.start ?? "");

	it("installs and runs the main job in one command, then tests in one more", () => {
		expect(shellBlocks.slice(0, 2)).toEqual(["npm ci && npm start", expect.stringMatching(/^npm run /)]);
	});

	it("npm start builds the CLI and runs the README's due example at its fixed time", () => {
		expect(START, PACKAGE.scripts.start).not.toBeNull();
		const due = EXAMPLES.find((e) => words(e.command)[0] === "due");
		expect(words(START?.[2] ?? "")).toEqual(words(due?.command ?? "-"));
		// The line saying how to use the real clock is the same command without --now.
		const realClock = `node ${START?.[1] ?? ""} ${(START?.[2] ?? "").replace(/ --now \S+/, "")}`;
		expect(README).toContain(`\`${realClock}\``);
	});

	it("its test command is the one .ci/run runs, and the Development section says the same", () => {
		const test = shellBlocks[1] ?? "";
		expect(CI.split("\n")).toContain(test);
		expect(shellBlocks.filter((b) => b === test).length).toBeGreaterThanOrEqual(2);
		expect(CI).toMatch(/^npm ci\b/m);
	});
});
