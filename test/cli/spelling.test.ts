import { build } from "esbuild";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { englishSpeller } from "../../src/cli/spelling";
import { reviewDraft, type Speller } from "../../src/core/review";
import { ctx, SECTIONS } from "../core/review/fixtures";

let speller: Speller;
beforeAll(async () => {
	speller = await englishSpeller();
}, 30_000);

const spelling = (body: string, noteText?: string) =>
	reviewDraft(`Dear Ms. Whitfield,\n\n${body}\n`, ctx({ speller, ...(noteText === undefined ? {} : { noteText }) }))
		.filter((f) => f.rule === "spelling")
		.map((f) => [f.line, f.severity, f.message]);

describe("spelling (CLI: nspell + dictionary-en)", () => {
	it("reports a misspelt word on its line, with suggestions", () => {
		expect(spelling("I would gladly recieve the schedule.")).toEqual([[3, "warning", "'recieve' is not in the dictionary; did you mean 'receive' or 'relieve'?"]]);
		expect(spelling("Our conversation about the warehuose stayed with me.")).toEqual([[3, "warning", "'warehuose' is not in the dictionary; did you mean 'warehouse'?"]]);
	});

	it("knows the note's names, company, role and words, the sender's details and British spellings", () => {
		const text = [
			"Thank you, Dana Whitfield and Sam Ortiz, for the Operations Analyst interview at Northwind Traders.",
			"The routing project at Contoso and the APICS certificate fit the organisation; I realise the colour of the centre's catalogue, licence and programme travelled well.",
		].join("\n");
		expect(spelling(text)).toEqual([]);
		expect(spelling("The Kanbanize launch went well.")).toEqual([[3, "warning", expect.stringMatching(/^'Kanbanize' is not in the dictionary/)]]);
		expect(spelling("The Kanbanize launch went well.", "## Highlights\n- They use Kanbanize for every warehouse\n")).toEqual([]);
	});

	it("leaves addresses, links, code, acronyms and words outside English alone", () => {
		expect(spelling("Write to dana.whitfeld@northwind.example, see https://northwnd.example/x or `npm instal`; SQLX and Zürich and the résumé are fine.")).toEqual([]);
	});

	it("does not report a misspelt name twice: it is name-spelling", () => {
		const found = reviewDraft("Dear Ms. Whitfeld,\n\nThank you.\n", ctx({ speller, sections: SECTIONS })).map((f) => f.rule);
		expect(found).toEqual(["name-spelling"]);
	});

	it("stays within a generous time bound on 1 MB of words no dictionary knows (nspell's own suggest took seconds a word)", () => {
		const garbage = Array.from({ length: 150_000 }, (_, i) => `w${(i * 7919).toString(36).replace(/[0-9]/g, "x")}`).join(" ");
		const started = performance.now();
		const found = reviewDraft(garbage, ctx({ speller, sections: undefined })).filter((f) => f.rule === "spelling");
		expect(performance.now() - started).toBeLessThan(5000);
		expect(found).toHaveLength(100);
	});

	it("is not checked without a dictionary (the plugin)", () => {
		expect(reviewDraft("Dear Ms. Whitfield,\n\nI would recieve it.\n", ctx({ sections: undefined })).map((f) => f.rule)).toEqual([]);
	});
});

describe("the plugin bundle", () => {
	it("holds neither nspell nor dictionary-en (the plugin leaves spelling to Obsidian's editor)", async () => {
		const root = fileURLToPath(new URL("../..", import.meta.url));
		const result = await build({
			entryPoints: [`${root}src/main.ts`],
			bundle: true,
			write: false,
			metafile: true,
			format: "cjs",
			platform: "browser",
			external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
			logLevel: "silent",
		});
		const inputs = Object.keys(result.metafile.inputs);
		expect(inputs.filter((p) => /node_modules\/(?:nspell|dictionary-en|is-buffer)\//.test(p))).toEqual([]);
		expect(inputs.filter((p) => p.includes("src/cli/"))).toEqual([]);
		expect(inputs).toContain("src/core/review/spelling.ts");
	}, 30_000);
});
