import * as fs from "node:fs";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadVaultItems } from "../../src/cli/load";

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
});
