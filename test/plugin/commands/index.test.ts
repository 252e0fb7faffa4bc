// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { CHECKLIST_KINDS } from "../../../src/core/checklists";
import { DONE_STEPS } from "../../../src/core/follow-ups/kinds";
import { LETTER_KINDS } from "../../../src/core/letters/index";
import { registerCommands } from "../../../src/plugin/commands/index";
import { startHarness } from "./harness";

const IDS = [
	"new-interview",
	"new-next-round-note",
	...["debrief", "questions-to-ask", "after-interview", "next-round-prep", "thank-you-review"].map((k) => `insert-checklist-${k}`),
	...["thank-you", "withdrawal", "rejection-thanks", "status-check", "request-progress", "materials", "offer-thanks", "connection-update", "reference-heads-up"].map((k) => `draft-${k}`),
	"export-letter-templates",
	"review-draft",
	"open-draft-in-email",
	...[
		"prepared",
		"debriefed",
		"thank-you-sent",
		"withdrawal-sent",
		"references-notified",
		"connections-told",
		"request-sent",
		"status-check-sent",
		"closed-out",
		"rejection-thanks-sent",
		"offer-replied",
	].map((k) => `mark-${k}`),
	"set-outcome",
	"mark-interviewer-thanked",
	"open-follow-ups",
	"build-question-bank",
	"export-ics",
	"create-interviews-base",
];

describe("registerCommands", () => {
	it("registers a command for every kind in the core tables", async () => {
		const h = await startHarness({}, registerCommands);
		const ids = new Set(h.app.commands.listCommands().map((c) => c.id.replace("interview-follow-up:", "")));
		for (const kind of LETTER_KINDS) expect(ids.has(`draft-${kind}`)).toBe(true);
		for (const step of DONE_STEPS) expect(ids.has(`mark-${step.commandId}`)).toBe(true);
		for (const kind of CHECKLIST_KINDS) expect(ids.has(`insert-checklist-${kind}`)).toBe(true);
	});

	it("registers every command of DESIGN §3.1, in sentence case, without hotkeys", async () => {
		const h = await startHarness({}, registerCommands);
		const commands = h.app.commands.listCommands().filter((c) => c.id.startsWith("interview-follow-up:"));
		expect(commands.map((c) => c.id.replace("interview-follow-up:", "")).sort()).toEqual([...IDS].sort());
		for (const c of commands) {
			expect(c.hotkeys ?? []).toEqual([]);
			const name = c.name.replace(/^Interview Follow-up: /, "");
			expect(name.charAt(0)).toBe(name.charAt(0).toUpperCase());
			expect(name.slice(1)).toBe(name.slice(1).replace(/\b(?!Ms\b)[A-Z]/g, (ch) => ch.toLowerCase()));
		}
	});
});
