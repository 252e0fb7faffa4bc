import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { copyFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftCommand } from "../../../src/cli/commands/draft";
import { templatesCommand } from "../../../src/cli/commands/templates";
import { main } from "../../../src/cli/main";
import { templateExport } from "../../../src/core/letters/index";

const fixture = fileURLToPath(new URL("../../core/letters/__snapshots__/full/interview.md", import.meta.url));

let root: string;
const path = (p: string): string => join(root, p);

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = "";
	let err = "";
	const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), cwd: root };
	const code = await main(args, io, [draftCommand, templatesCommand]);
	return { code, out, err };
}

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), "ifu-templates-"));
	await mkdir(path("vault/.obsidian/plugins/interview-follow-up"), { recursive: true });
	await mkdir(path("vault/Interviews"), { recursive: true });
	await writeFile(path("vault/.obsidian/plugins/interview-follow-up/data.json"), JSON.stringify({ templatesFolder: "Letters/Vorlagen", sender: { name: "Morgan Ellis", address: "", email: "", phone: "" } }));
	await copyFile(fixture, path("vault/Interviews/Northwind.md"));
});

afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe("templates export", () => {
	it("writes every template and the README into the templates folder of the settings, then keeps them", async () => {
		const first = await run("templates", "export", "vault");
		const names = templateExport().map((f) => f.name);
		expect(first).toEqual({ code: 0, out: names.map((n) => `Letters/Vorlagen/${n}\n`).join(""), err: "" });
		expect((await readdir(path("vault/Letters/Vorlagen"))).sort()).toEqual([...names].sort());
		expect(await readFile(path("vault/Letters/Vorlagen/README.md"), "utf8")).toContain("| `highlight` | text |");
		await writeFile(path("vault/Letters/Vorlagen/withdrawal.card.md"), "mine\n");
		const second = await run("templates", "export", "vault");
		expect(second).toEqual({ code: 0, out: "", err: `${names.length} files were already in Letters/Vorlagen and kept as they are.\n` });
		expect(await readFile(path("vault/Letters/Vorlagen/withdrawal.card.md"), "utf8")).toBe("mine\n");
	});

	it("refuses another action with one line", async () => {
		expect((await run("templates", "import", "vault")).err).toBe("interview-follow-up: Unknown action 'import'; use: templates export [VAULT].\n");
	});
});

describe("draft with the vault's templates", () => {
	it("uses the edited template for its kind and format", async () => {
		await mkdir(path("vault/Letters/Vorlagen"), { recursive: true });
		await writeFile(path("vault/Letters/Vorlagen/thank-you.card.md"), "Liebe Grüße an {{recipient_name}} von {{sender_name}} ({{company}})\n");
		const out = await run("draft", "vault/Interviews/Northwind.md", "--kind", "thank-you", "--format", "card", "--now", "2026-11-20T09:00:00");
		expect(out.code).toBe(0);
		expect(out.out).toBe("Liebe Grüße an Ms. Whitfield von Morgan Ellis (Northwind Traders)\n");
	});

	it("refuses a broken template with file and line, and prints no draft", async () => {
		await writeFile(path("vault/Letters/Vorlagen/thank-you.letter.md"), "{{today}}\n\n{{greeting}}\n\n{{#wishes}}\n- {{.}}\n");
		const out = await run("draft", "vault/Interviews/Northwind.md", "--kind", "thank-you", "--format", "letter", "--now", "2026-11-20T09:00:00");
		expect(out).toEqual({
			code: 2,
			out: "",
			err: "interview-follow-up: The letter template Letters/Vorlagen/thank-you.letter.md, line 5: {{#wishes}} is never closed (add {{/wishes}}). No draft was made; fix the template or delete it to use the built-in.\n",
		});
	});
});
