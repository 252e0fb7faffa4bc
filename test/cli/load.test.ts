import * as fs from "node:fs";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadVaultItems } from "../../src/cli/load";
import { scanVault } from "../../src/cli/scan";
import { computeItems } from "../../src/core/rules";

// The CLI reads with the synchronous calls (src/cli/vault.ts says why).
vi.mock("node:fs", async (importOriginal) => {
	const real = await importOriginal<typeof fs>();
	return { ...real, readFileSync: vi.fn(real.readFileSync) };
});

const vault = mkdtempSync(join(tmpdir(), "ifu-load-"));
afterAll(() => rmSync(vault, { recursive: true, force: true }));
const write = (path: string, text: string): void => {
	mkdirSync(dirname(join(vault, path)), { recursive: true });
	writeFileSync(join(vault, path), text);
};

describe("loadVaultItems", () => {
	it("reads data.json once, for the settings and for when a rejection was first seen", async () => {
		write("Interviews/Acme.md", "---\ntype: interview\ncompany: Acme\ndate: 2026-11-10\noutcome: rejected\ninterviewers: [Dana Whitfield]\n---\n");
		const DATA = ".obsidian/plugins/interview-follow-up/data.json";
		write(DATA, JSON.stringify({ upcomingDays: 30, rejectionSeen: { "Interviews/Acme.md": "2026-11-20T10:00:00" } }));
		const readFile = vi.mocked(fs.readFileSync);
		readFile.mockClear();
		const now = new Date(2026, 10, 22, 9, 0);
		const { settings, items } = await loadVaultItems(vault, "/", now);
		const reads = readFile.mock.calls.map(([path]) => path).filter((p) => typeof p === "string" && p.endsWith("data.json"));
		expect(reads).toEqual([join(vault, DATA)]);
		expect(settings.upcomingDays).toBe(30);
		// The rejection thank-you is due the day after it was first seen.
		const thanks = items.find((i) => i.kind === "rejection-thanks");
		expect(thanks?.due).toEqual(new Date(2026, 10, 21, 23, 59, 59));
	});

	it("gives the items computeItems gives for the notes scanVault reads, a written debrief counting as done", async () => {
		const dir = "Debriefs";
		const fm = (extra: string): string => `---\ntype: interview\ncompany: Acme\ndate: 2026-11-18\n${extra}---\n`;
		write(`${dir}/Written.md`, `${fm("")}## Debrief\n- [ ] What went well\n  It went well: the case study landed.\n`);
		write(`${dir}/Checklist only.md`, `${fm("")}## Debrief\n- [ ] What went well\n- [x] What to ask next time\n`);
		write(`${dir}/Recorded.md`, `${fm("debriefed: 2026-11-18\n")}## Debrief\n`);
		write(`${dir}/No section.md`, `${fm("")}# Notes\nNothing yet.\n`);
		const now = new Date(2026, 10, 22, 9, 0);
		const { items, settings } = await loadVaultItems(vault, "/", now);
		const debriefs = items.filter((i) => i.kind === "debrief" && i.note.startsWith(`${dir}/`)).map((i) => i.note);
		expect(debriefs.sort()).toEqual([`${dir}/Checklist only.md`, `${dir}/No section.md`]);
		const { notes } = await scanVault(vault, settings);
		const byHand = computeItems(notes.map((n) => n.interview), now, settings, (path) => (path === "Interviews/Acme.md" ? new Date(2026, 10, 20, 10) : undefined));
		expect(items).toEqual(byHand);
	});
});

