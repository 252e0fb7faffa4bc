import { readFileSync } from "node:fs";
import { ESLint } from "eslint";
import obsidianmd from "eslint-plugin-obsidianmd";
import { describe, expect, it } from "vitest";

/** The messages of the published obsidianmd recommended config, applied unchanged (no project overrides), for package.json's text. */
async function lintPackage(text: string): Promise<string[]> {
	const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [...obsidianmd.configs.recommended] });
	const [result] = await eslint.lintText(text, { filePath: "package.json" });
	return (result?.messages ?? []).map((m) => `${m.ruleId ?? ""}: ${m.message}`);
}

describe("dependencies pass Obsidian's automated review (DESIGN §7)", () => {
	it("package.json has no dependency the published config bans, and it would catch js-yaml", async () => {
		const text = readFileSync("package.json", "utf8");
		expect(await lintPackage(text)).toEqual([]);
		const withYaml = JSON.stringify({ ...(JSON.parse(text) as Record<string, unknown>), dependencies: { "js-yaml": "^4.1.0" } }, null, 2);
		expect((await lintPackage(withYaml)).map((m) => m.split(":")[0])).toEqual(["depend/ban-dependencies"]);
	}, 30_000);
});
