import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as frontmatter from "../../src/cli/frontmatter";
import { scanVault, scanVaultAs } from "../../src/cli/scan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

vi.mock("../../src/cli/frontmatter", async (importOriginal) => {
	const real = await importOriginal<typeof frontmatter>();
	return { ...real, readNoteParts: vi.fn(real.readNoteParts) };
});

const FM = (lines: string) => `---\n${lines}\n---\n`;
const FILES: Record<string, string> = {
	"Interviews/By folder.md": `${FM("company: Folder Co\ndate: 2026-11-19")}# Notes\n`,
	"Jobs/By type.md": `${FM("type: interview\ncompany: Type Co\ndate: 2026-11-19 14:00")}Body\n`,
	"Jobs/By tag.md": `${FM("tags: [job, interview]\ncompany: Tag Co\ndate: 2026-11-19")}Body\n`,
	"Jobs/Inline tag.md": `${FM("company: Inline Co\ndate: 2026-11-19")}Met the team. #interview\n`,
	"Jobs/Code only.md": `${FM("company: Not Co")}\`\`\`\n#interview\n\`\`\`\n`,
	"Jobs/Bad date.md": `${FM("type: interview\ncompany: Bad Date Co\ndate: next tuesday")}`,
	"Interviews/Broken.md": `${FM("company: [unclosed\ndate: 2026-11-19")}Body\n`,
	"Jobs/Broken but typed.md": `${FM("type: interview\ncompany: 'unclosed")}Body\n`,
	"Journal/Broken diary.md": `${FM("mood: [unclosed")}Body\n`,
	"Journal/Mentions.md": `${FM("mood: fine")}Preparing for an interview next week.\n`,
	"Journal/Plain.md": "Nothing here at all.\n",
	"Interviews/Drafts/Draft.md": `${FM("type: interview\ncompany: Draft Co")}`,
	".obsidian/Hidden.md": `${FM("type: interview\ncompany: Hidden Co")}`,
	"Interviews/Attachment.txt": "type: interview\n",
};

let vault: string;
beforeAll(() => {
	vault = mkdtempSync(join(tmpdir(), "ifu-scan-"));
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(vault, path)), { recursive: true });
		writeFileSync(join(vault, path), text);
	}
});
afterAll(() => rmSync(vault, { recursive: true, force: true }));

describe("scanVault", () => {
	it("keeps each note's own body for facts asked after the scan; a map that does not keep it cannot ask later", async () => {
		const dir = mkdtempSync(join(tmpdir(), "ifu-scan-body-"));
		// Written bodies of different lengths, so a body read from another note's bytes would give another answer.
		for (let i = 0; i < 6; i++) {
			const body = i % 2 === 0 ? `## Debrief\nWent well: ${"x".repeat(i * 700)}\n` : `## Debrief\n\n## Next\n${"y".repeat(i * 900)}\n`;
			writeFileSync(join(dir, `N${i}.md`), `${FM(`type: interview\ncompany: C${i}`)}${body}`);
		}
		const { notes } = await scanVault(dir, DEFAULT_SETTINGS);
		expect(notes.map((n) => n.interview.body.debriefWritten)).toEqual([true, false, true, false, true, false]);
		const during = await scanVaultAs(dir, DEFAULT_SETTINGS, (n) => n.interview.body.debriefWritten);
		expect(during.notes).toEqual([true, false, true, false, true, false]);
		const kept = await scanVaultAs(dir, DEFAULT_SETTINGS, (n) => n);
		expect(() => kept.notes[0]?.interview.body.debriefWritten).toThrow(/after the scan had read the next note/);
		rmSync(dir, { recursive: true, force: true });
	});

	it("finds interview notes by folder, type, frontmatter tag and inline tag", async () => {
		const { notes } = await scanVault(vault, DEFAULT_SETTINGS);
		expect(notes.map((n) => [n.path, n.interview.company])).toEqual([
			["Interviews/By folder.md", "Folder Co"],
			["Jobs/Bad date.md", "Bad Date Co"],
			["Jobs/By tag.md", "Tag Co"],
			["Jobs/By type.md", "Type Co"],
			["Jobs/Inline tag.md", "Inline Co"],
		]);
		expect(notes.find((n) => n.path === "Jobs/By type.md")?.interview.date).toEqual({ at: new Date(2026, 10, 19, 14, 0), dateOnly: false });
	});

	it("reports broken frontmatter of notes that look like interviews, and each note's problems; the run goes on", async () => {
		const { problems, notes } = await scanVault(vault, DEFAULT_SETTINGS);
		expect(problems.map((p) => p.note)).toEqual(["Interviews/Broken.md", "Jobs/Bad date.md", "Jobs/Broken but typed.md"]);
		expect(problems[0]?.message).toMatch(/^The frontmatter is not valid YAML: /);
		expect(problems[1]?.message).toBe("date 'next tuesday' is not a date; write it as 2026-11-19 or 2026-11-19 14:00.");
		expect(notes.find((n) => n.path === "Jobs/Bad date.md")?.problems).toEqual([problems[1]?.message]);
	});

	it("parses YAML only for notes whose text could make them interviews", async () => {
		const spy = vi.mocked(frontmatter.readNoteParts);
		spy.mockClear();
		await scanVault(vault, DEFAULT_SETTINGS);
		const parsed = spy.mock.calls.map(([text]) => Object.keys(FILES).find((p) => FILES[p] === text));
		expect(parsed).not.toContain("Journal/Plain.md");
		expect(parsed).not.toContain("Journal/Broken diary.md");
		expect(parsed).not.toContain("Interviews/Drafts/Draft.md");
	});

	it("follows the detection settings", async () => {
		const { notes } = await scanVault(vault, { ...DEFAULT_SETTINGS, detectByTag: false, detectByFolder: false });
		expect(notes.map((n) => n.path)).toEqual(["Jobs/Bad date.md", "Jobs/By type.md"]);
	});

	it("a missing vault is one clear error", async () => {
		await expect(scanVault(join(vault, "nope"), DEFAULT_SETTINGS)).rejects.toThrow(/Cannot read the vault folder/);
	});
});
