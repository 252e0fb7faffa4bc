import { describe, expect, it } from "vitest";
import { formalName } from "../../src/core/people";
import { resolveSettings } from "../../src/core/settings";
import { InterviewIndex } from "../../src/plugin/interview-index";
import { personLookup } from "../../src/plugin/person-lookup";
import { createTestApp } from "../mocks/obsidian";

const FILES = {
	"People/Priya Raman.md": "---\nhonorific: Dr.\ntitle: VP of Product\nemail: priya@tailspin.example\n---\nMet at the panel.\n",
	"People/jb.md": "---\nname: Jordan Blake\naliases: [Jordan]\nhonorific: Mx.\n---\n",
	"People/photo.png": "not a note",
	"Interviews/Tailspin.md":
		'---\ntype: interview\ncompany: Tailspin Toys\nrole: Product Manager\ndate: 2026-11-16 09:00\ninterviewers:\n  - "[[Priya Raman]]"\n  - name: "[[People/jb|Jordan]]"\n    title: Design Lead\n  - "[[photo.png]]"\n  - "[[Nobody Yet]]"\ncontact: "[[jb]]"\n---\n',
};

describe("personLookup: person notes through the metadata cache", () => {
	it("resolves a link with getFirstLinkpathDest and reads the note's cached frontmatter", async () => {
		const app = await createTestApp({ files: FILES });
		const lookup = personLookup(app.metadataCache);
		expect(lookup("Priya Raman", "Interviews/Tailspin.md")).toEqual({
			path: "People/Priya Raman.md",
			basename: "Priya Raman",
			frontmatter: { honorific: "Dr.", title: "VP of Product", email: "priya@tailspin.example" },
		});
		expect(lookup("photo.png", "Interviews/Tailspin.md")).toBeUndefined();
		expect(lookup("Nobody Yet", "Interviews/Tailspin.md")).toBeUndefined();
	});

	it("the index's interviewers and contact carry the person notes' fields", async () => {
		const app = await createTestApp({ files: FILES });
		const index = new InterviewIndex(app, () => resolveSettings({}).settings);
		index.load();
		index.build();
		const iv = index.note("Interviews/Tailspin.md")?.interview;
		expect(iv?.interviewers.map((p) => [p.name, formalName(p), p.title ?? null])).toEqual([
			["Priya Raman", "Dr. Raman", "VP of Product"],
			["Jordan Blake", "Mx. Blake", "Design Lead"],
			["photo.png", "photo.png", null],
			["Nobody Yet", "Nobody Yet", null],
		]);
		expect(iv?.contact).toBe(iv?.interviewers[1]);
	});
});
