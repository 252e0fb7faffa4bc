// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { templateExport } from "../../../src/core/letters/index";
import { registerDraftCommands } from "../../../src/plugin/commands/drafts";
import { registerTemplateCommands } from "../../../src/plugin/commands/templates";
import type { PluginContext } from "../../../src/plugin/context";
import type * as Real from "obsidian";
import { clearNotices, noticeMessages, openModals, runCommand } from "../../mocks/obsidian";
import { flush, INTERVIEW, startHarness, type Harness } from "./harness";

const PATH = "Interviews/Northwind.md";
const FOLDER = "Interviews/Templates";

beforeEach(() => clearNotices());

const registerBoth = (plugin: Real.Plugin, ctx: PluginContext): void => {
	registerDraftCommands(plugin, ctx);
	registerTemplateCommands(plugin, ctx);
};

async function start(files: Record<string, string> = {}): Promise<Harness> {
	const h = await startHarness({ [PATH]: INTERVIEW, ...files }, registerBoth, { draftLocation: "folder" });
	await h.open(PATH);
	return h;
}

async function draftThankYou(h: Harness): Promise<string[]> {
	expect(runCommand(h.app, "draft-thank-you")).toBe(true);
	await flush(h.app);
	const modal = openModals().at(-1);
	Array.from(modal?.contentEl.querySelectorAll("button") ?? []).find((b) => b.textContent === "Draft")?.click();
	await flush(h.app);
	return h.app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.startsWith("Interviews/Drafts/")).sort();
}

describe("Export letter templates", () => {
	it("writes every built-in and the README once; a second run keeps the user's edits", async () => {
		const h = await start();
		expect(runCommand(h.app, "export-letter-templates")).toBe(true);
		await flush(h.app);
		const expected = templateExport();
		const written = h.app.vault.getFiles().map((f) => f.path).filter((p) => p.startsWith(`${FOLDER}/`)).sort();
		expect(written).toEqual(expected.map((f) => `${FOLDER}/${f.name}`).sort());
		expect(noticeMessages().at(-1)).toBe(`Exported ${expected.length} files to ${FOLDER}.`);
		await h.edit(`${FOLDER}/thank-you.email.md`, () => "mine\n");
		runCommand(h.app, "export-letter-templates");
		await flush(h.app);
		expect(await h.read(`${FOLDER}/thank-you.email.md`)).toBe("mine\n");
		expect(noticeMessages().at(-1)).toBe(`Every template is already in ${FOLDER}; nothing was changed.`);
	});
});

describe("drafting from the user's template", () => {
	it("uses an edited template for its kind and format (here in German), with frontmatter the user added", async () => {
		const german = "---\ntags: [vorlage]\n---\nBetreff: Vielen Dank – {{role}}\n\n{{greeting}}\n\nvielen Dank für das Gespräch{{met}} bei {{company}}.{{#highlight}} Besonders in Erinnerung: {{.}}.{{/highlight}}\n\nMit freundlichen Grüßen\n{{sender_name}}\n";
		const h = await start({ [`${FOLDER}/thank-you.email.md`]: german });
		const [first] = await draftThankYou(h);
		const text = await h.read(first ?? "");
		expect(text).toContain("\nBetreff: Vielen Dank – Operations Analyst\n\nDear Ms. Whitfield,\n\nvielen Dank für das Gespräch on 19 November bei Northwind Traders.");
		expect(text).toContain("Besonders in Erinnerung: ");
		expect(text).toMatch(/\nMit freundlichen Grüßen\n\[TODO: your name\]\n$/);
	});

	it("refuses a broken template with its file and line, and makes no draft", async () => {
		const h = await start({ [`${FOLDER}/thank-you.email.md`]: "Subject: Thanks\n\n{{greeting}}\n\nI enjoyed meeting the team at {{compnay}}.\n" });
		expect(await draftThankYou(h)).toEqual([]);
		expect(noticeMessages().at(-1)).toBe(
			`The letter template ${FOLDER}/thank-you.email.md, line 5: unknown variable {{compnay}} (the templates folder's README lists them). No draft was made; fix the template or delete it to use the built-in.`,
		);
		await h.edit(`${FOLDER}/thank-you.email.md`, () => "{{greeting}}\n\n{{#highlight}}\nWhat I remember: {{.}}\n");
		expect(await draftThankYou(h)).toEqual([]);
		expect(noticeMessages().at(-1)).toContain(`${FOLDER}/thank-you.email.md, line 3: {{#highlight}} is never closed (add {{/highlight}})`);
	});

	it("a template for another format or kind does not change this one", async () => {
		const h = await start({ [`${FOLDER}/thank-you.card.md`]: "CARD\n", [`${FOLDER}/withdrawal.email.md`]: "WITHDRAW\n" });
		const [first] = await draftThankYou(h);
		expect(await h.read(first ?? "")).toContain("\nSubject: Thank you for the Operations Analyst interview\n");
	});
});
