// Letter templates in the built plugin: Export letter templates writes them once,
// an edited copy (here in German) is what the next draft uses, and a broken one
// is refused with its file and line and makes no draft.
import { openApp, readExampleVault } from "../harness.mjs";
import { added, assert, assertClean, noteMatching, startThankYouDraft, waitFor } from "./assert.mjs";

const FOLDER = "Interviews/Templates";

export const scenarios = [
	{
		name: "Export letter templates once; the edited German thank-you is used; a broken one makes no draft",
		async run({ browser, assets }) {
			const files = readExampleVault();
			const note = noteMatching(files, /name:\s*Dana Whitfield/, "Dana Whitfield as an interviewer");
			const { page, seen } = await openApp(browser, assets);

			assert.equal(await page.evaluate(() => window.e2e.executeCommand("export-letter-templates")), true);
			const exported = await waitFor(page, (f) => window.e2e.files().filter((p) => p.startsWith(`${f}/`)), FOLDER, "exported templates");
			assert.ok(exported.includes(`${FOLDER}/README.md`) && exported.includes(`${FOLDER}/thank-you.email.md`), `got ${exported.join(", ")}`);
			assert.equal(await page.evaluate(() => window.e2e.executeCommand("export-letter-templates")), true);
			await waitFor(page, () => window.e2e.notices().find((n) => /already in/.test(n)) ?? null, null, "the second export keeps every file");

			const german = "Betreff: Vielen Dank für das Gespräch ({{role}})\n\n{{greeting}}\n\nherzlichen Dank für das Gespräch bei {{company}}.\n\nMit freundlichen Grüßen\n{{sender_name}}\n";
			await page.evaluate(([p, t]) => window.e2e.modify(p, t), [`${FOLDER}/thank-you.email.md`, german]);
			await page.evaluate((p) => window.e2e.openFile(p), note);
			const before = await startThankYouDraft(page);
			const [draft] = await waitFor(page, (b) => { const n = window.e2e.files().filter((p) => !b.includes(p)); return n.length ? n : null; }, before, "a draft");
			const text = await page.evaluate((p) => window.e2e.read(p), draft);
			assert.match(text, /\nBetreff: Vielen Dank für das Gespräch \(Operations Analyst\)\n\nDear Ms\. Whitfield,\n\nherzlichen Dank für das Gespräch bei Northwind Traders\.\n/);

			await page.evaluate(([p, t]) => window.e2e.modify(p, t), [`${FOLDER}/thank-you.email.md`, "{{greeting}}\n\nGrüße an {{firma}}\n"]);
			await page.evaluate(() => window.e2e.clearNotices());
			await page.evaluate((p) => window.e2e.openFile(p), note);
			const again = await startThankYouDraft(page);
			const notice = await waitFor(page, () => window.e2e.notices().find((n) => /letter template/.test(n)) ?? null, null, "the template error");
			assert.match(notice, /Interviews\/Templates\/thank-you\.email\.md, line 3: unknown variable \{\{firma\}\}/);
			assert.deepEqual(added(again, await page.evaluate(() => window.e2e.files())), [], "no draft from a broken template");
			assertClean(seen);
		},
	},
];
