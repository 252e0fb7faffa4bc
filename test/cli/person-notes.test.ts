import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexNotes, resolveLinkpath, vaultPersonLookup, withVaultPersonNotes, withVaultReferenceNotes } from "../../src/cli/person-notes";
import { parseInterview } from "../../src/core/interview";
import { resolveSettings } from "../../src/core/settings";

const PATHS = [
	"Dana Whitfield.md",
	"People/Dana Whitfield.md",
	"Interviews/Dana Whitfield.md",
	"Work/People/Sam Ortiz.md",
	"Archive/2019/Old/Sam Ortiz.md",
	"Archive/Sam Ortiz.md",
	"People/Seán O'Brien.md",
];
const index = indexNotes(PATHS);

describe("resolveLinkpath: Obsidian's rules over the vault's files", () => {
	it.each([
		["a bare name: the note in the linking note's folder first", "Dana Whitfield", "Interviews/Northwind.md", "Interviews/Dana Whitfield.md"],
		["a bare name: else the shortest path", "Dana Whitfield", "Elsewhere/Northwind.md", "Dana Whitfield.md"],
		["a bare name from the root", "Sam Ortiz", "Northwind.md", "Archive/Sam Ortiz.md"],
		["a path is that note", "People/Dana Whitfield", "Interviews/Northwind.md", "People/Dana Whitfield.md"],
		["a path with .md", "People/Dana Whitfield.md", "Interviews/Northwind.md", "People/Dana Whitfield.md"],
		["a trailing part of a longer path", "People/Sam Ortiz", "Interviews/Northwind.md", "Work/People/Sam Ortiz.md"],
		["a relative path", "../People/Dana Whitfield", "Interviews/Northwind.md", "People/Dana Whitfield.md"],
		["letter case ignored", "people/dana WHITFIELD", "Interviews/Northwind.md", "People/Dana Whitfield.md"],
		["an apostrophe in the name", "Seán O'Brien", "Interviews/Northwind.md", "People/Seán O'Brien.md"],
	])("%s", (_label, linkpath, source, expected) => expect(resolveLinkpath(index, linkpath, source)).toBe(expected));

	it.each([["Nobody"], ["Other/Dana Whitfield"], [""]])("'%s' resolves to nothing", (linkpath) => {
		expect(resolveLinkpath(index, linkpath, "Interviews/Northwind.md")).toBeUndefined();
	});
});

describe("vaultPersonLookup", () => {
	let root: string;
	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), "ifu-people-"));
		await mkdir(join(root, "People"));
		await mkdir(join(root, "Interviews"));
		await writeFile(join(root, "People/Dana Whitfield.md"), "---\nhonorific: Dr.\nemail: dana@northwind.example\n---\nNotes about Dana.\n");
		await writeFile(join(root, "People/Broken.md"), "---\nhonorific: [Dr.\n---\n");
		await writeFile(join(root, "Interviews/N.md"), "");
	});
	afterAll(async () => rm(root, { recursive: true, force: true }));

	it("reads the person note's frontmatter; a broken one is a problem on the interview, and its file name still names the person", async () => {
		const parsed = parseInterview("Interviews/N.md", { date: "2026-11-19", interviewers: ["[[Dana Whitfield]]", "[[Broken]]", "[[Missing Person]]"] });
		const r = await withVaultPersonNotes(root, parsed);
		expect(r.interview.interviewers.map((p) => [p.name, p.honorific, p.link?.path])).toEqual([
			["Dana Whitfield", "Dr.", "People/Dana Whitfield.md"],
			["Broken", undefined, "People/Broken.md"],
			["Missing Person", undefined, undefined],
		]);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0]).toMatch(/^The person note People\/Broken\.md: /);
	});

	it("reads each person note once", async () => {
		const lookup = vaultPersonLookup(root, ["People/Dana Whitfield.md"]);
		const first = lookup("Dana Whitfield", "Interviews/N.md");
		expect(lookup("People/Dana Whitfield", "Interviews/N.md")).toBe(first);
	});

	it("references in the settings that link to person notes are completed from them", async () => {
		const { settings } = resolveSettings({ references: ["[[Dana Whitfield]]", { name: "Robin Hale", email: "robin@example.com" }] });
		const r = await withVaultReferenceNotes(root, settings);
		expect(r.problems).toEqual([]);
		expect(r.settings.references.map((p) => [p.name, p.honorific, p.email])).toEqual([
			["Dana Whitfield", "Dr.", "dana@northwind.example"],
			["Robin Hale", undefined, "robin@example.com"],
		]);
		const plain = resolveSettings({ references: ["Robin Hale"] }).settings;
		expect((await withVaultReferenceNotes(join(root, "no-such-folder"), plain)).settings).toBe(plain);
	});

	it("a note that links to no one is returned as it is", async () => {
		const parsed = parseInterview("Interviews/N.md", { date: "2026-11-19", interviewers: ["Dana Whitfield"] });
		expect(await withVaultPersonNotes(join(root, "no-such-folder"), parsed)).toBe(parsed);
	});
});
