import * as fs from "node:fs";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { scanVault } from "../../src/cli/scan";
import { walkVault } from "../../src/cli/vault";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

vi.mock("node:fs", async (importOriginal) => {
	const real = await importOriginal<typeof fs>();
	return { ...real, readdirSync: vi.fn(real.readdirSync) };
});

const NOTE = "---\ntype: interview\ncompany: Linked Co\ndate: 2026-11-19\n---\nBody\n";
let root: string;
let vault: string;
const write = (path: string, text: string): void => {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
};

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), "ifu-vault-"));
	vault = join(root, "vault");
	write("vault/Notes/Plain.md", "Plain\n");
	write("elsewhere/Jobs/Interview.md", NOTE);
	write("elsewhere/Jobs/Attachment.txt", "not a note\n");
	write("single/Linked note.md", NOTE.replace("Linked Co", "Single Co"));
});
afterEach(async () => {
	const real = (await vi.importActual<typeof fs>("node:fs")).readdirSync;
	vi.mocked(fs.readdirSync).mockImplementation(real);
	rmSync(root, { recursive: true, force: true });
});

describe("walkVault", () => {
	it("follows links to folders and notes, as Obsidian desktop does", () => {
		symlinkSync(join(root, "elsewhere/Jobs"), join(vault, "Jobs"), "dir");
		symlinkSync(join(root, "single/Linked note.md"), join(vault, "Notes/Linked note.md"));
		expect(walkVault(vault)).toEqual({ paths: ["Jobs/Interview.md", "Notes/Linked note.md", "Notes/Plain.md"], problems: [] });
	});

	it("reads a folder once when a link leads back to it, and says so", () => {
		symlinkSync(vault, join(vault, "Notes/Loop"), "dir");
		symlinkSync(join(vault, "Notes"), join(vault, "Again"), "dir");
		const { paths, problems } = walkVault(vault);
		expect(paths).toEqual(["Notes/Plain.md"]);
		expect(problems.map((p) => p.note).sort()).toEqual(["Again/", "Notes/Loop/"]);
		expect(problems[0]?.message).toMatch(/already read/);
	});

	it("a link that leads nowhere is a problem entry, and the walk goes on", () => {
		symlinkSync(join(root, "missing"), join(vault, "Notes/Gone.md"));
		symlinkSync(join(vault, "Notes/Self"), join(vault, "Notes/Self"));
		const { paths, problems } = walkVault(vault);
		expect(paths).toEqual(["Notes/Plain.md"]);
		expect(problems).toEqual([
			{ note: "Notes/Gone.md", message: "This link leads nowhere (ENOENT); it was left out." },
			{ note: "Notes/Self", message: "This link leads nowhere (ELOOP); it was left out." },
		]);
	});

	it("an unreadable subfolder is a problem entry, not silence; an unreadable vault is an error", async () => {
		write("vault/Private/Secret.md", NOTE);
		const real = (await vi.importActual<typeof fs>("node:fs")).readdirSync as (d: fs.PathLike, o?: unknown) => unknown;
		vi.mocked(fs.readdirSync).mockImplementation(((dir: fs.PathLike, options?: unknown) => {
			// As when the folder's permissions shut the user out (tests may run as root, who is never shut out).
			if (String(dir).endsWith("/Private")) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
			return real(dir, options);
		}) as typeof fs.readdirSync);
		expect(walkVault(vault)).toEqual({
			paths: ["Notes/Plain.md"],
			problems: [{ note: "Private/", message: "The folder cannot be read (EACCES); its notes are left out." }],
		});
		expect(() => walkVault(join(root, "no-such-vault"))).toThrow(/Cannot read the vault folder '.*no-such-vault': ENOENT\./);
	});
});

describe("scanVault through links", () => {
	it("finds the interview notes of a linked folder and reports what it could not read", async () => {
		symlinkSync(join(root, "elsewhere/Jobs"), join(vault, "Jobs"), "dir");
		symlinkSync(join(root, "missing"), join(vault, "Broken.md"));
		const { notes, problems } = await scanVault(vault, DEFAULT_SETTINGS);
		expect(notes.map((n) => [n.path, n.interview.company])).toEqual([["Jobs/Interview.md", "Linked Co"]]);
		expect(problems).toEqual([{ note: "Broken.md", message: "This link leads nowhere (ENOENT); it was left out." }]);
	});
});
