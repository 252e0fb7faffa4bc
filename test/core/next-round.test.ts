import { describe, expect, it } from "vitest";
import { parseInterview } from "../../src/core/interview";
import { nextRoundNote, yamlKeyBlock } from "../../src/core/next-round";

const YAML = `type: interview
company: Northwind Traders
role: Operations Analyst
date: 2026-11-19T14:00
round: 1
interviewers:
  - name: Dana Whitfield # Head of Ops
    honorific: Ms.
  - "[[Priya Raman]]"
contact: Dana Whitfield
outcome: next-round
next_round: 2026-12-10T10:00
next_step: Panel with the team
`;

const parse = (yaml: string) => {
	const fm: Record<string, unknown> = Object.fromEntries([...yaml.matchAll(/^(\w+): (.+)$/gm)].map((m) => [m[1] ?? "", m[2] ?? ""]));
	fm.interviewers = [{ name: "Dana Whitfield", honorific: "Ms." }, "[[Priya Raman]]"];
	return parseInterview("Interviews/2026-11-19 Northwind.md", fm).interview;
};

describe("nextRoundNote", () => {
	it("copies company, role, interviewers and contact as written, counts the round, links back", () => {
		const r = nextRoundNote(parse(YAML), YAML);
		expect(r).toEqual({
			ok: true,
			round: 2,
			name: "2026-12-10 Northwind Traders - Operations Analyst (round 2)",
			text: `---
type: interview
company: Northwind Traders
role: Operations Analyst
interviewers:
  - name: Dana Whitfield # Head of Ops
    honorific: Ms.
  - "[[Priya Raman]]"
contact: Dana Whitfield
date: 2026-12-10T10:00
round: 2
next_step: "Panel with the team"
previous: "[[Interviews/2026-11-19 Northwind]]"
---
`,
		});
	});
	it("refuses without outcome next-round or a next_round date", () => {
		expect(nextRoundNote(parse(YAML.replace("outcome: next-round", "outcome: pending")), YAML)).toMatchObject({ ok: false, message: expect.stringMatching(/set outcome: next-round/) as unknown });
		expect(nextRoundNote(parse(YAML.replace(/^next_round: .*\n/m, "")), YAML)).toEqual({
			ok: false,
			message: "This note has no next_round date; add next_round: with the next interview's date first.",
		});
	});
	it("reads a key's block up to the next key", () => {
		expect(yamlKeyBlock("a: 1\nlist:\n- x\n- y\n\nb: 2\n", "list")).toEqual(["list:", "- x", "- y"]);
		expect(yamlKeyBlock("a: 1\n", "list")).toEqual([]);
	});
});
