/**
 * DESIGN §3.3: every draft the product makes from a full note passes its own
 * review, as the CLI reviews it (spelling on, the note's company_address, the
 * kind from the kind: key or from the text), but for placeholders that a full
 * note cannot fill and a status check drafted early.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readNoteParts } from "../../src/cli/frontmatter";
import { readNoteSections } from "../../src/cli/markdown";
import { englishSpeller } from "../../src/cli/spelling";
import { parseInterview } from "../../src/core/interview";
import { draftLetters, draftNoteText, formatsOf, LETTER_KINDS, recipientsFor, type LetterKind } from "../../src/core/letters/index";
import { lineCount, splitFrontmatter } from "../../src/core/note-text";
import type { Speller } from "../../src/core/review";
import { addressLines } from "../../src/core/review/address";
import { reviewFindings, reviewTarget } from "../../src/core/review/target";
import type { Settings } from "../../src/core/settings";
import { local, SENDER_SETTINGS } from "../core/letters/load";

const SETTINGS: Settings = { ...SENDER_SETTINGS, references: [{ name: "Priya Raman", email: "priya.raman@example.com", relationship: "former manager" }] };

/** A fixture note with a company address added to its frontmatter. */
function fullNote(name: string) {
	const raw = readFileSync(fileURLToPath(new URL(`../core/letters/__snapshots__/${name}/interview.md`, import.meta.url)), "utf8");
	const text = raw.replace(/^(company: .*\n)/m, '$1company_address: "4 Dock Street\\nLeeds LS10 1PJ"\n');
	const parts = readNoteParts(text);
	const { interview, problems } = parseInterview(`Interviews/${name}.md`, parts.frontmatter);
	expect(problems).toEqual([]);
	return { text, interview, sections: readNoteSections(parts.body, SETTINGS.headings), companyAddress: addressLines(parts.frontmatter?.company_address) };
}

// Placeholders a full note cannot fill: the day the material will go, the day you will answer an offer with no deadline.
const BY_DESIGN: Partial<Record<LetterKind, RegExp>> = {
	"offer-thanks": /^'\[TODO: the date you will reply by\]'/,
	"request-progress": /^'\[TODO: the date you will send it\]'/,
};

let speller: Speller;
beforeAll(async () => {
	speller = await englishSpeller();
}, 30_000);

describe("every product draft from a full note passes its own review", () => {
	const cases = ["full", "panel"].flatMap((name) => LETTER_KINDS.flatMap((kind) => formatsOf(kind).map((format) => [name, kind, format] as const)));

	it.each(cases)("%s: %s as %s", (name, kind, format) => {
		const note = fullNote(name);
		const { interview, sections, companyAddress } = note;
		expect(companyAddress).toEqual(["4 Dock Street", "Leeds LS10 1PJ"]);
		for (const now of [local(2026, 11, 20), local(2026, 12, 4)]) {
			const drafts = draftLetters({ interview, sections, settings: SETTINGS, kind, format, now });
			expect(drafts).toHaveLength(Math.max(1, recipientsFor(kind, interview, SETTINGS).length));
			for (const d of drafts) {
				// As a draft note (kind: key) and as printed text (kind recognised).
				const { frontmatter, body } = splitFrontmatter(draftNoteText(d, interview.path, now));
				const asNote = reviewTarget({ frontmatter: { kind: d.kind, format: d.format }, body, bodyLine: lineCount(frontmatter), isInterview: false }, SETTINGS.headings.drafts);
				const printed = reviewTarget({ body: d.text, bodyLine: 0, isInterview: false }, SETTINGS.headings.drafts);
				for (const target of [asNote, printed]) {
					if ("noSection" in target) throw new Error("a draft is never an interview note");
					const findings = reviewFindings(target, { now, settings: SETTINGS, interview, sections, speller, noteText: note.text, companyAddress });
					const early = kind === "status-check" && now.getMonth() === 10;
					for (const f of findings) {
						if (f.rule === "too-early") expect(early, `${d.title}: ${f.message}`).toBe(true);
						else if (f.rule === "placeholder") expect(f.message, d.title).toMatch(BY_DESIGN[kind] ?? /^$/);
						else expect.fail(`${d.title} (${format}, line ${f.line}): ${f.rule}: ${f.message}`);
					}
					if (early) expect(findings.map((f) => f.rule)).toContain("too-early");
				}
			}
		}
	});
});
