import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../../src/cli/main";
import { ITEM_KINDS } from "../../../src/core/items";
import { recordIO } from "../io";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const NOW = "2026-11-22T09:00:00";
const LOCAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

async function run(argv: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
	const io = recordIO(cwd);
	const code = await main(argv, io);
	return { code, out: io.out(), err: io.err() };
}

const temps: string[] = [];
function tempVault(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), "ifu-due-"));
	temps.push(dir);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}
afterEach(() => {
	for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("due --json on the example vault", () => {
	it("prints exactly the documented shape with local ISO times", async () => {
		const { code, out, err } = await run(["due", "examples/vault", "--now", NOW, "--json"]);
		expect(code).toBe(0);
		expect(err).toBe("");
		const json = JSON.parse(out) as Record<string, unknown>;
		expect(Object.keys(json)).toEqual(["now", "items", "problems"]);
		expect(json.now).toBe(NOW);
		const items = json.items as Record<string, unknown>[];
		for (const item of items) {
			expect(Object.keys(item)).toEqual(["note", "company", "role", "kind", "label", "notBefore", "due", "state", "interviewers"]);
			expect(item.note).toMatch(/^[^/].*\.md$/);
			expect(ITEM_KINDS).toContain(item.kind);
			expect(item.due).toMatch(LOCAL_ISO);
			expect(item.notBefore === null || LOCAL_ISO.test(item.notBefore as string)).toBe(true);
			expect(["waiting", "today", "overdue", "upcoming"]).toContain(item.state);
			expect(Array.isArray(item.interviewers) && (item.interviewers as unknown[]).every((n) => typeof n === "string")).toBe(true);
			for (const key of ["company", "role", "label"]) expect(typeof item[key]).toBe("string");
		}
		for (const p of json.problems as Record<string, unknown>[]) expect(Object.keys(p)).toEqual(["note", "message"]);
	});

	it("shows every rule of the example vault at 2026-11-22 09:00, sorted by due", async () => {
		const json = JSON.parse((await run(["due", "examples/vault", "--now", NOW, "--json"])).out) as {
			items: { note: string; kind: string; state: string; due: string; notBefore: string | null; interviewers: string[] }[];
			problems: { note: string; message: string }[];
		};
		const company = (note: string) => /(?:\d{4}-\d{2}-\d{2} )?([^/]+?)(?: - .*| phone screen)?\.md$/.exec(note)?.[1];
		expect(json.items.map((i) => [company(i.note), i.kind, i.state, i.due])).toEqual([
			["Lucerne Publishing", "close-out", "overdue", "2026-11-10T23:59:59"],
			["Contoso Pharmaceuticals", "thank-you", "overdue", "2026-11-19T10:00:00"],
			["Contoso Pharmaceuticals", "request", "overdue", "2026-11-20T15:00:00"],
			["Alpine Ski House", "next-round-note", "overdue", "2026-11-20T23:59:59"],
			["Adventure Works", "debrief", "overdue", "2026-11-20T23:59:59"],
			["Adventure Works", "withdrawal", "overdue", "2026-11-21T16:00:00"],
			["Litware", "rejection-thanks", "overdue", "2026-11-21T23:59:59"],
			["Fourth Coffee", "contact-details", "overdue", "2026-11-21T23:59:59"],
			["Northwind Traders", "thank-you", "today", "2026-11-22T14:00:00"],
			["Fourth Coffee", "thank-you", "today", "2026-11-22T16:00:00"],
			["Blue Yonder Airlines", "request", "today", "2026-11-22T17:00:00"],
			["Tailspin Toys", "status-check", "today", "2026-11-22T23:59:59"],
			["Fourth Coffee", "connections", "today", "2026-11-22T23:59:59"],
			["Fourth Coffee", "request", "today", "2026-11-22T23:59:59"],
			["Northwind Traders", "references", "today", "2026-11-22T23:59:59"],
			["Margie's Travel", "prep", "upcoming", "2026-11-23T23:59:59"],
			["Wide World Importers", "next-round-prep", "upcoming", "2026-11-25T23:59:59"],
			["Trey Research", "offer-reply", "upcoming", "2026-11-26T23:59:59"],
			["Blue Yonder Airlines", "status-check", "waiting", "2026-11-27T23:59:59"],
			["Fabrikam", "status-check", "waiting", "2026-11-28T23:59:59"],
		]);
		const northwind = json.items.find((i) => i.kind === "thank-you" && i.state === "today");
		expect(northwind?.interviewers).toEqual(["Dana Whitfield"]);
		expect(json.items.find((i) => i.note.includes("Fabrikam"))?.notBefore).toBe("2026-11-28T00:00:00");
		expect(json.problems.map((p) => p.note)).toEqual(["Interviews/2026-11-05 Coho Winery - Analyst.md"]);
		expect(json.items.some((i) => i.note.includes("Proseware"))).toBe(false);
	});
});

describe("due as a table", () => {
	it("groups rows under headings in the view's order, then the problems", async () => {
		const { code, out } = await run(["due", "examples/vault", "--now", NOW]);
		expect(code).toBe(0);
		const headings = out.split("\n").filter((l) => /^\S/.test(l));
		expect(headings).toEqual(["Follow-ups at 2026-11-22 09:00", "Overdue (8)", "Today (7)", "Upcoming, next 14 days (3)", "Waiting (2)", "Problems (1)"]);
		expect(out).toMatch(/^ {2}3 days late +Contoso Pharmaceuticals · Logistics Coordinator +Send a thank-you note to Dr\. Raman$/m);
		expect(out).toMatch(/^ {2}from 28 Nov +Fabrikam · Supply Chain Planner +Ask Mr\. Herrera and Ms\. Chen whether a decision has been made$/m);
	});

	it("is what the README shows", async () => {
		const readme = readFileSync(join(ROOT, "README.md"), "utf8");
		const shown = /\$ interview-follow-up due examples\/vault --now 2026-11-22T09:00:00\n([\s\S]*?)```/.exec(readme)?.[1];
		expect(shown).toBe((await run(["due", "examples/vault", "--now", NOW])).out);
	});

	it("the vault defaults to the current folder; an empty one says there is nothing to do", async () => {
		const vault = tempVault({ "Notes/Plain.md": "Nothing.\n" });
		const { code, out } = await run(["due", "--now", NOW], vault);
		expect(code).toBe(0);
		expect(out).toBe("Follow-ups at 2026-11-22 09:00\n\nNothing to do: no open follow-ups.\n");
	});
});

describe("due reads the plugin's data.json", () => {
	const NOTE = "---\ntype: interview\ncompany: Acme\nrole: Clerk\ndate: 2026-11-20 10:00\ndebriefed: 2026-11-20\nreferences_notified: 2026-11-20\n---\n";
	const DATA = ".obsidian/plugins/interview-follow-up/data.json";
	const dues = async (vault: string) =>
		(JSON.parse((await run(["due", vault, "--now", NOW, "--json"])).out) as { items: { kind: string; due: string }[]; problems: { note: string; message: string }[] });

	it("uses its settings and reports values it ignored", async () => {
		const vault = tempVault({ "Interviews/Acme.md": NOTE, [DATA]: JSON.stringify({ thankYouHours: 72, upcomingDays: "soon", contactDetailsReminder: false }) });
		const json = await dues(vault);
		expect(json.items).toEqual([expect.objectContaining({ kind: "thank-you", due: "2026-11-23T10:00:00" })]);
		expect(json.problems).toEqual([{ note: DATA, message: "Setting 'upcomingDays' should be a whole number of days, not \"soon\"; the default is used." }]);
	});

	it("takes when a rejection was first seen from rejectionSeen", async () => {
		const rejected = NOTE.replace("debriefed", "outcome: rejected\ndebriefed");
		const vault = tempVault({ "Interviews/Acme.md": rejected, [DATA]: JSON.stringify({ rejectionSeen: { "Interviews/Acme.md": "2026-11-20T18:00:00" } }) });
		expect((await dues(vault)).items).toEqual([expect.objectContaining({ kind: "rejection-thanks", due: "2026-11-21T23:59:59" })]);
	});

	it("a broken data.json is one clear error, exit 2", async () => {
		const vault = tempVault({ "Interviews/Acme.md": NOTE, [DATA]: "{ broken" });
		const { code, out, err } = await run(["due", vault]);
		expect(code).toBe(2);
		expect(out).toBe("");
		expect(err).toMatch(/^interview-follow-up: The settings file '.*data\.json' is not valid JSON \(.*\); fix or delete it\.\n$/);
	});
});

describe("due: people from person notes (DESIGN §1.1)", () => {
	it("labels name interviewers by their person notes' honorifics and surname rule; a bad person note is a problem", async () => {
		const vault = tempVault({
			"People/Wang Fang.md": "---\nname: 王芳 (Wang Fang)\nhonorific: Ms.\n---\n",
			"People/Tomás Ó Ceallaigh.md": "---\nhonorific: Mr.\nprefers: pigeon\n---\n",
			"Interviews/Northwind.md": '---\ntype: interview\ncompany: Northwind\nrole: Analyst\ndate: 2026-11-21 14:00\ninterviewers:\n  - "[[Wang Fang|Fang]]"\n  - "[[People/Tomás Ó Ceallaigh]]"\n---\n',
		});
		const { code, out } = await run(["due", vault, "--now", NOW, "--json"]);
		expect(code).toBe(0);
		const json = JSON.parse(out) as { items: { kind: string; label: string; interviewers: string[] }[]; problems: { note: string; message: string }[] };
		const thanks = json.items.find((i) => i.kind === "thank-you");
		expect(thanks?.label).toMatch(/Ms\. Wang and Mr\. Ó Ceallaigh/);
		expect(thanks?.interviewers).toEqual(["王芳 (Wang Fang)", "Tomás Ó Ceallaigh"]);
		expect(json.problems).toEqual([
			{ note: "Interviews/Northwind.md", message: "The person note People/Tomás Ó Ceallaigh.md: prefers is 'pigeon'; it should be one of email, phone, letter." },
		]);
	});
});

describe("due: messages about broken notes", () => {
	it("a frontmatter never closed, closed with '...', or only '---' is 'not closed', never 'date is missing'", async () => {
		const open = "---\ntype: interview\ncompany: A\nrole: R\ndate: 2026-11-19\n";
		const vault = tempVault({
			"Interviews/Unclosed.md": open,
			"Interviews/Dots.md": `${open}...\nBody\n`,
			"Interviews/Only.md": "---\n",
			"Interviews/Spaces.md": `${open}---  \nBody\n`,
			"Notes/Rule first.md": "---\n\nA note that starts with a rule.\n",
		});
		const { code, out } = await run(["due", vault, "--now", NOW, "--json"]);
		expect(code).toBe(0);
		const problems = (JSON.parse(out) as { problems: { note: string; message: string }[] }).problems;
		const message = "The frontmatter is not closed: end it with a line of just '---' (a '...' line or one with trailing spaces does not close it), or Obsidian reads none of its properties.";
		expect(problems).toEqual(["Interviews/Dots.md", "Interviews/Only.md", "Interviews/Spaces.md", "Interviews/Unclosed.md"].map((note) => ({ note, message })));
	});
});

describe("due: a file name that is not valid UTF-8", () => {
	it("is a problem saying so and what to do, not ENOENT", async () => {
		const vault = tempVault({ "Interviews/Fine.md": "---\ntype: interview\ncompany: A\nrole: R\ndate: 2026-11-19\n---\n" });
		// Linux keeps a file name's bytes as they are: "caf" and a Latin-1 "é".
		writeFileSync(Buffer.concat([Buffer.from(join(vault, "Interviews", "caf")), Buffer.from([0xe9]), Buffer.from(".md")]), "---\ntype: interview\n---\n");
		const { out } = await run(["due", vault, "--now", NOW, "--json"]);
		const problems = (JSON.parse(out) as { problems: { note: string; message: string }[] }).problems;
		expect(problems).toEqual([
			{ note: "Interviews/caf\uFFFD.md", message: "The note cannot be read (its file name is not valid UTF-8, so it cannot be opened by name; rename it)." },
		]);
	});
});
