import { describe, expect, it } from "vitest";
import { draftLetters, LETTER_FORMATS, LETTER_KINDS } from "../../../src/core/letters/index";
import { recognizeKind } from "../../../src/core/review/kind-of";
import { loadFixture, local, SENDER_SETTINGS } from "../letters/load";

describe("recognizeKind", () => {
	const cases = ["full", "panel", "no-honorific", "missing"].flatMap((name) => LETTER_KINDS.flatMap((kind) => LETTER_FORMATS.map((format) => [name, kind, format] as const)));
	it.each(cases)("knows the product's own %s %s draft as %s", (name, kind, format) => {
		const { interview, sections } = loadFixture(name);
		const drafts = draftLetters({ interview, sections, settings: SENDER_SETTINGS, kind, format, now: local(2026, 12, 4) });
		expect(drafts.map((d) => recognizeKind(d.text))).toEqual(drafts.map(() => kind));
	});

	it.each([
		["Dear Ms. Whitfield,\n\nThank you for meeting me. I look forward to hearing about next steps, and I hope the rollout goes well.", "thank-you"],
		["Dear Ms. Whitfield,\n\nI am writing to ask whether there is any news on the Operations Analyst role.", "status-check"],
		["Dear Ms. Whitfield,\n\nCould you tell me where things stand with the decision?", "status-check"],
		["Dear Ms. Whitfield,\n\nI have accepted another offer, so I am withdrawing from the process.", "withdrawal"],
		["Dear Priya,\n\nI gave your name as a reference for a role at Northwind; you may hear from Ms. Whitfield.", "reference-heads-up"],
		["Dear Ms. Whitfield,\n\nThank you for letting me know your decision. I would be glad to hear of future openings.", "rejection-thanks"],
		["Dear Ms. Whitfield,\n\nI am still preparing the writing sample you asked for, and I will send it by Friday.", "request-progress"],
		["Dear Ms. Whitfield,\n\nI am following up on the timeline.", undefined],
		["A shopping list: eggs, milk.", undefined],
	])("%j is %s", (text, kind) => {
		expect(recognizeKind(text)).toBe(kind);
	});
});
