import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadVaultSettings } from "../../src/cli/vault";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

let vault = "";
beforeAll(() => {
	vault = mkdtempSync(join(tmpdir(), "ifu-vault-"));
	mkdirSync(join(vault, "Journal"));
});
afterAll(() => rmSync(vault, { recursive: true, force: true }));

describe("loadVaultSettings: data.json read once for settings and rejectionSeen", () => {
	const dataFile = () => join(vault, ".obsidian/plugins/interview-follow-up/data.json");
	const write = (text: string) => {
		mkdirSync(dirname(dataFile()), { recursive: true });
		writeFileSync(dataFile(), text);
	};

	it("has no first-seen times without data.json or without the key", async () => {
		const none = await loadVaultSettings(join(vault, "Journal"));
		expect(none.rejectionSeen).toEqual({});
		expect(none.settings).toEqual(DEFAULT_SETTINGS);
		write(JSON.stringify({ thankYouHours: 24 }));
		const noKey = await loadVaultSettings(vault);
		expect(noKey.rejectionSeen).toEqual({});
		expect(noKey.settings.thankYouHours).toBe(24);
	});
	it("returns the recorded times, ignoring values that are not text", async () => {
		write(JSON.stringify({ thankYouHours: 30, rejectionSeen: { "Interviews/A.md": "2026-11-20T10:00:00", "Interviews/B.md": 5 } }));
		const data = await loadVaultSettings(vault);
		expect(data.rejectionSeen).toEqual({ "Interviews/A.md": "2026-11-20T10:00:00" });
		expect(data.settings.thankYouHours).toBe(30);
		// The record is not a setting: it makes no settings problem.
		expect(data.problems).toEqual([]);
	});
	it("a broken data.json is one clear error", async () => {
		write("{ not json");
		await expect(loadVaultSettings(vault)).rejects.toThrow(/is not valid JSON/);
		rmSync(dataFile());
	});
});
