/**
 * Whether the Debrief section holds the user's own words (DESIGN §2: the
 * debrief is done then, even without `debriefed:`). A checklist the plugin
 * inserted, ticked or not, is not a debrief; a paragraph, a plain bullet or an
 * answer nested under a checklist line is.
 */
import type { BodyFacts } from "./follow-ups/kinds";
import { findSection } from "./sections";
import type { Settings } from "./settings";

const TASK = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[.\](?:\s|$)/;
const HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const COMMENT = /^\s*<!--.*-->\s*$/;

/** True when a line of the section is the user's own text. */
export function isOwnLine(line: string): boolean {
	return line.trim() !== "" && !TASK.test(line) && !HEADING.test(line) && !COMMENT.test(line);
}

/** The body facts of a note's text (after its frontmatter): a scan of the Debrief section's lines. */
export function bodyFactsOf(body: string, settings: Settings): BodyFacts {
	const section = findSection(body, settings.headings.debrief);
	if (!section) return { debriefWritten: false };
	// Line by line, up to the first of the user's own: a long debrief is not split whole.
	for (let at = section.start; at < section.end; ) {
		const nl = body.indexOf("\n", at);
		const end = nl === -1 || nl > section.end ? section.end : nl;
		if (isOwnLine(body.slice(at, end))) return { debriefWritten: true };
		at = end + 1;
	}
	return { debriefWritten: false };
}

/** Body facts worked out when a rule first asks (never, for a note that records its debrief or is yet to happen). */
export function lazyBodyFacts(work: () => BodyFacts): BodyFacts {
	let facts: BodyFacts | undefined;
	return {
		get debriefWritten() {
			facts ??= work();
			return facts.debriefWritten;
		},
	};
}
