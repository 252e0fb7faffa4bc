/** draft_ms: one thank-you draft from an interview note whose body is about 20 KB. */
import { parseInterview } from "../src/core/interview";
import { draftLetters } from "../src/core/letters";
import { readSections } from "../src/core/sections";
import type { Settings } from "../src/core/settings";
import { readNoteParts } from "../src/cli/frontmatter";
import { interviewNote, rng } from "./generate";
import { timeMs } from "./measure";

export async function draftMs(settings: Settings, now: Date): Promise<number> {
	const text = interviewNote(rng(7), 1, 20_000);
	const parts = readNoteParts(text);
	const { interview } = parseInterview("Interviews/Big.md", parts.frontmatter);
	let drafts = 0;
	const ms = await timeMs(20, () => {
		const sections = readSections(parts.body, settings.headings);
		drafts = draftLetters({ interview, sections, settings, kind: "thank-you", format: "email", now }).length;
	});
	if (drafts === 0) throw new Error("The draft benchmark produced no draft.");
	return ms;
}
