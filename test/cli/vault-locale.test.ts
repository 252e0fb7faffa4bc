import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main";
import { loadVaultSettings } from "../../src/cli/vault";
import { recordIO } from "./io";

const root = mkdtempSync(join(tmpdir(), "ifu-locale-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const vault = (name: string, data?: unknown): string => {
	const dir = join(root, name);
	mkdirSync(join(dir, ".obsidian/plugins/interview-follow-up"), { recursive: true });
	if (data !== undefined) writeFileSync(join(dir, ".obsidian/plugins/interview-follow-up/data.json"), JSON.stringify(data));
	return dir;
};

describe("the system locale, asked for only when a date style needs it", () => {
	it("data.json's own date style wins without asking; else the locale's, asked once when first read", async () => {
		const locale = vi.fn(() => "en-US");
		const own = await loadVaultSettings(vault("own", { dateStyle: "iso" }), locale);
		expect(own.settings.dateStyle).toBe("iso");
		const none = await loadVaultSettings(vault("none"), locale);
		const bad = await loadVaultSettings(vault("bad", { dateStyle: "fancy" }), locale);
		expect(locale).not.toHaveBeenCalled();
		expect(none.settings.dateStyle).toBe("us");
		expect(none.settings.dateStyle).toBe("us");
		expect(bad.settings.dateStyle).toBe("us");
		expect(bad.problems.length).toBe(1);
		expect(locale).toHaveBeenCalledTimes(2);
		expect((await loadVaultSettings(vault("plain"), "en-US")).settings.dateStyle).toBe("us");
		expect((await loadVaultSettings(vault("unknown"), () => undefined)).settings.dateStyle).toBe("uk");
	});

	it("due on a vault with nothing to do never reads the io's locale", async () => {
		const io = recordIO(root);
		const read = vi.fn(() => "en-US");
		Object.defineProperty(io, "locale", { get: read });
		expect(await main(["due", vault("empty"), "--now", "2026-11-22T09:00:00"], io)).toBe(0);
		expect(io.out()).toBe("Follow-ups at 2026-11-22 09:00\n\nNothing to do: no open follow-ups.\n");
		expect(read).not.toHaveBeenCalled();
	});
});
