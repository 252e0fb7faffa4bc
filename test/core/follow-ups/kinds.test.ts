/**
 * Adding a follow-up kind is one entry in FOLLOW_UP_KINDS: everything the
 * adapters need is generated from the table, so these checks run over every
 * kind there is, including ones added later.
 */
import { describe, expect, it } from "vitest";
import { CHECKLIST_KINDS } from "../../../src/core/checklists";
import { DONE_DATE_KEYS, DONE_STEPS, FOLLOW_UP_KINDS, ITEM_KINDS, doneStepOf, followUpKind, isItemKind } from "../../../src/core/follow-ups/kinds";
import { doneStepNamed, stepEdit } from "../../../src/core/frontmatter-edits";
import { parseInterview } from "../../../src/core/interview";
import { isLetterKind } from "../../../src/core/letters/index";

describe("the follow-up kinds table", () => {
	it("lists every kind once, in table order", () => {
		expect(ITEM_KINDS).toEqual(Object.keys(FOLLOW_UP_KINDS));
		expect(new Set(ITEM_KINDS).size).toBe(ITEM_KINDS.length);
		for (const kind of ITEM_KINDS) expect(isItemKind(kind)).toBe(true);
		expect(isItemKind("toString")).toBe(false);
	});

	describe.each(ITEM_KINDS)("%s", (kind) => {
		const spec = followUpKind(kind);
		it("has a Draft target that exists, if any", () => {
			const target = spec.draft;
			if (target === null || "nextRoundNote" in target) return;
			if ("letter" in target) expect(isLetterKind(target.letter)).toBe(true);
			else expect(CHECKLIST_KINDS).toContain(target.checklist);
		});
		it("has a Done step with a command and a label, or says how it clears", () => {
			const step = doneStepOf(kind);
			if (!step) {
				expect("clears" in spec.done && spec.done.clears.length).toBeGreaterThan(20);
				return;
			}
			expect(step.command).toMatch(/^Mark [a-z]/);
			expect(step.label).toMatch(/^[A-Z]/);
			expect(step.commandId).toMatch(/^[a-z-]+$/);
			expect(doneStepNamed(step.step)).toBe(step);
			expect(doneStepNamed(step.commandId)).toBe(step);
		});
	});

	it("gives each Done step its own name, command and key", () => {
		for (const field of ["step", "commandId", "command"] as const) {
			expect(new Set(DONE_STEPS.map((s) => s[field])).size).toBe(DONE_STEPS.length);
		}
		expect(new Set(DONE_DATE_KEYS).size).toBe(DONE_DATE_KEYS.length);
	});

	it("reads every date key a Done step writes back into the interview", () => {
		const now = new Date(2026, 10, 22, 9);
		for (const step of DONE_STEPS) {
			if (!("date" in step.write)) continue;
			const fm: Record<string, unknown> = { date: "2026-11-19" };
			expect(stepEdit(step, now)(fm).changed).toBe(true);
			const { interview, problems } = parseInterview("a.md", fm);
			expect(problems).toEqual([]);
			expect(interview.done[step.write.date]?.at).toEqual(new Date(2026, 10, 22));
		}
	});
});
