/**
 * Every `$ npx interview-follow-up …` example in README.md is run through the CLI
 * and its output compared with what the README shows.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main";
import { recordIO } from "./cli/io";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const README = readFileSync(`${ROOT}README.md`, "utf8");

/** Splits a command line into words; double quotes group words with spaces. */
function words(line: string): string[] {
	return Array.from(line.matchAll(/"([^"]*)"|(\S+)/g), (m) => m[1] ?? m[2] ?? "");
}

const EXAMPLES = Array.from(README.matchAll(/^```\n\$ npx interview-follow-up (.+)\n([\s\S]*?)^```$/gm), (m) => ({
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
