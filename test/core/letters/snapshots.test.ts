/**
 * Every kind in every format on four notes: full details, missing sections,
 * one interviewer without an honorific, and a panel of three. Each snapshot
 * sits under __snapshots__/<note>/ with its input note in fixtures/<note>.md.
 */
import { describe, expect, it } from "vitest";
import { draftLetters, LETTER_FORMATS, LETTER_KINDS } from "../../../src/core/letters/index";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { loadFixture, local, SENDER_SETTINGS } from "./load";

const NOTES: { name: string; settings: Settings; now: Date; requestItem?: string }[] = [
	{ name: "full", settings: SENDER_SETTINGS, now: local(2026, 11, 20) },
	// No requests in the note: the item comes from the caller, as the plugin's modal or the CLI's --item would give it.
	{ name: "missing", settings: DEFAULT_SETTINGS, now: local(2026, 11, 19), requestItem: "Copy of my degree certificate" },
	{ name: "no-honorific", settings: SENDER_SETTINGS, now: local(2026, 11, 25) },
	{ name: "panel", settings: SENDER_SETTINGS, now: local(2026, 12, 2) },
];

const SEPARATOR = "\n<!-- next draft -->\n\n";

describe.each(NOTES)("letters from the fixture note $name", ({ name, settings, now, requestItem }) => {
	const { interview, sections } = loadFixture(name);
	for (const kind of LETTER_KINDS) {
		for (const format of LETTER_FORMATS) {
			it(`${kind} as ${format}`, async () => {
				const drafts = draftLetters({ interview, sections, settings, kind, format, now, ...(requestItem ? { requestItem } : {}) });
				expect(drafts.length).toBeGreaterThan(0);
				const text = drafts.map((d) => d.text).join(SEPARATOR);
				await expect(text).toMatchFileSnapshot(`./__snapshots__/${name}/${kind}.${format}.md`);
			});
		}
	}
});
