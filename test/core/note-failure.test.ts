import { describe, expect, it } from "vitest";
import { noteFailureMessage, perNote, type NoteProblem } from "../../src/core/note-failure";

const deep = (n: number): number => (n === 0 ? 0 : 1 + deep(n - 1));

describe("perNote: one bad note never stops a command", () => {
	it("turns a stack overflow into the note's problem entry, and the work on the next note goes on", () => {
		const problems: NoteProblem[] = [];
		const results = ["Interviews/Bad.md", "Interviews/Good.md"].map((note) => perNote(note, problems, () => (note.includes("Bad") ? deep(1e7) : 3)));
		expect(results).toEqual([undefined, 3]);
		expect(problems).toEqual([
			{
				note: "Interviews/Bad.md",
				message: "This note could not be read: its Markdown nests too deeply (for example a line of thousands of '>' or list markers). The other notes were read.",
			},
		]);
	});

	it("names any other failure by its first line", () => {
		expect(noteFailureMessage(new TypeError("bad value\n    at x (y.ts:1:1)"))).toBe("This note could not be read (bad value). The other notes were read.");
		expect(noteFailureMessage("plain")).toBe("This note could not be read (plain). The other notes were read.");
	});
});
