import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CHECKLIST_KINDS, CHECKLIST_TITLES, checklist, hasChecklist } from "../../src/core/checklists";
import { parseInterview } from "../../src/core/interview";
import { readNoteParts } from "../../src/cli/frontmatter";

const NOTE = fileURLToPath(new URL("./__snapshots__/checklists/interview.md", import.meta.url));
const { frontmatter } = readNoteParts(readFileSync(NOTE, "utf8"));
const { interview, problems } = parseInterview("Interviews/Northwind.md", frontmatter);

describe("checklist", () => {
	it("reads the fixture interview without problems", () => {
		expect(problems).toEqual([]);
	});

	for (const kind of CHECKLIST_KINDS) {
		it(`${kind}: filled from the interview beside the snapshot`, async () => {
			const list = checklist(kind, interview);
			expect(list.kind).toBe(kind);
			expect(list.title).toBe(CHECKLIST_TITLES[kind]);
			await expect(list.markdown).toMatchFileSnapshot(`./__snapshots__/checklists/${kind}.md`);
		});

		it(`${kind}: without an interview`, async () => {
			await expect(checklist(kind).markdown).toMatchFileSnapshot(`./__snapshots__/checklists/no-interview/${kind}.md`);
		});

		it(`${kind}: a heading line, then a blank line and only task items`, () => {
			for (const md of [checklist(kind, interview).markdown, checklist(kind).markdown]) {
				const [heading, blank, ...items] = md.replace(/\n$/, "").split("\n");
				expect(heading).toBe(`### ${CHECKLIST_TITLES[kind]}`);
				expect(blank).toBe("");
				expect(items.length).toBeGreaterThanOrEqual(6);
				for (const item of items) expect(item).toMatch(/^- \[ \] \S.*[.?!]$/);
				expect(md.endsWith("\n") && !md.endsWith("\n\n")).toBe(true);
				expect(md).not.toMatch(/undefined|\[object| {2,}|\bthe the\b/);
				expect(hasChecklist(md, kind)).toBe(true);
				for (const other of CHECKLIST_KINDS) if (other !== kind) expect(hasChecklist(md, other)).toBe(false);
			}
		});
	}

	it("names the people, company, role and dates of the interview", () => {
		const all = CHECKLIST_KINDS.map((k) => checklist(k, interview).markdown).join("\n");
		for (const text of ["Ms. Whitfield", "Sam Ortiz", "Northwind Traders", "Operations Analyst", "Thursday 3 December 2026", "Thursday 10 December 2026", "Panel with the team", "writing sample"]) {
			expect(all).toContain(text);
		}
		// Never a bare first name.
		expect(all).not.toMatch(/\bDana\b(?! Whitfield)/);
	});

	it("asks for the contact details the note lacks, and only those", () => {
		const md = checklist("after-interview", interview).markdown;
		expect(md).toContain("Find Sam Ortiz's job title and email or phone");
		expect(md).not.toContain("Find Dana Whitfield's");
	});

	it("with tasksDueDates, dated lines end with a Tasks due date; undated lines and the default stay as they were", () => {
		const dated = (kind: (typeof CHECKLIST_KINDS)[number]) =>
			checklist(kind, interview, { tasksDueDates: true })
				.markdown.split("\n")
				.filter((l) => l.includes("📅"))
				.map((l) => l.replace(/^- \[ \] (.{0,24}).* (📅 \S+)$/, "$1… $2"));
		expect(dated("debrief")).toEqual(["Write this debrief on Th… 📅 2026-11-19"]);
		expect(dated("questions-to-ask")).toEqual(["Check that the decision … 📅 2026-12-03"]);
		expect(dated("after-interview")).toEqual([
			"Fill in the debrief chec… 📅 2026-11-19",
			"Send each of Ms. Whitfie… 📅 2026-11-20",
			"Send the writing sample … 📅 2026-11-20",
			"Leave the decision to th… 📅 2026-12-03",
		]);
		expect(dated("next-round-prep")).toEqual(["Put the next round on Th… 📅 2026-12-10"]);
		expect(dated("thank-you-review")).toEqual([]);
		for (const kind of CHECKLIST_KINDS) {
			const plain = checklist(kind, interview).markdown;
			expect(checklist(kind, interview, { tasksDueDates: true }).markdown.replace(/ 📅 \d{4}-\d{2}-\d{2}$/gm, "")).toBe(plain);
			expect(checklist(kind, undefined, { tasksDueDates: true }).markdown).toBe(checklist(kind).markdown);
		}
	});

	it("leaves out requests already sent", () => {
		const sent = { ...interview, requests: [{ item: "writing sample", index: 0, sent: { at: new Date(2026, 10, 20), dateOnly: true } }] };
		expect(checklist("after-interview", sent).markdown).not.toContain("writing sample");
	});
});

describe("hasChecklist", () => {
	const title = CHECKLIST_TITLES.debrief;
	const cases: [string, string, boolean][] = [
		["its own heading", `Intro\n\n### ${title}\n\n- [ ] a\n`, true],
		["another level", `# ${title}\n`, true],
		["other case and trailing spaces", `## ${title.toUpperCase()}   \n- [ ] a\n`, true],
		["CRLF", `Intro\r\n## ${title}\r\n- [ ] a\r\n`, true],
		["the same words in a paragraph", `I still have to fill in the ${title} today.\n${title}\n`, false],
		["inside fenced code", `\`\`\`\n## ${title}\n\`\`\`\n`, false],
		["a longer heading", `## ${title} for later\n`, false],
		["an empty note", "", false],
	];
	for (const [name, text, want] of cases) it(name, () => expect(hasChecklist(text, "debrief")).toBe(want));

	it("after-interview names the connections to tell, when the note lists them", () => {
		const { interview } = parseInterview("Interviews/N.md", { company: "Northwind Traders", date: "2026-11-19", connections: ["Sam Kim", "Ana Souza"] });
		expect(checklist("after-interview", interview).markdown).toContain("- [ ] Let Sam Kim and Ana Souza know how the interview went, and thank them for any help.\n");
		expect(checklist("after-interview").markdown).not.toContain("how the interview went, and thank them");
	});
});

describe("checklist dates follow the date style", () => {
	const { interview } = parseInterview("Interviews/N.md", { company: "Northwind", date: "2026-11-19 14:00", decision_by: "2026-12-03", outcome: "pending" });
	const decisionLine = (style: "us" | "uk" | "iso"): string | undefined =>
		checklist("after-interview", interview, { dateStyle: style }).markdown.split("\n").find((l) => l.includes("Leave the decision to them until"));

	it("writes the decision day as us, uk or iso", () => {
		expect(decisionLine("uk")).toContain("until Thursday 3 December 2026, the date they gave");
		expect(decisionLine("us")).toContain("until Thursday, December 3, 2026, the date they gave");
		expect(decisionLine("iso")).toContain("until 2026-12-03, the date they gave");
		expect(checklist("after-interview", interview).markdown).toBe(checklist("after-interview", interview, { dateStyle: "uk" }).markdown);
	});
});
