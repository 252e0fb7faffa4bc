/** `placeholder`: "[TODO: …]" left by the drafts, "{{…}}" template fields, "[Name]"-like blanks. */
import { PLACEHOLDER_RE } from "../placeholder";
import { matchesNotAfter } from "./not-after";
import type { RawFinding } from "./types";

const TEMPLATE_RE = /\{\{[^{}\n]*\}\}/g;
/** "[Name]", "[Company name]", "[insert date]": a bracketed blank, not a link, checkbox or footnote. */
const BLANK_RE = /\[([^\][\n]{2,40})\](?![([:])/gu;
/** Not a blank after "[" (a link), "!" (an embed) or "\\" (escaped). */
const BLANK_NOT_AFTER = /[[!\\]/u;
/** One to five words, the first capitalised or an instruction ("insert", "your"), or "XXX". */
const BLANK_WORDS_RE = /^(?:(?:\p{Lu}|[Ii]nsert\s|[Yy]our\s|[Aa]dd\s)[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}|[Xx]{2,})$/u;

export function placeholders(lines: string[]): RawFinding[] {
	const out: RawFinding[] = [];
	lines.forEach((line, i) => {
		// Every placeholder form opens with a bracket or a brace.
		if (!line.includes("[") && !line.includes("{{")) return;
		const hits: { at: number; text: string }[] = [];
		for (const re of [PLACEHOLDER_RE, TEMPLATE_RE]) {
			for (const m of line.matchAll(new RegExp(re.source, "g"))) hits.push({ at: m.index, text: m[0] });
		}
		for (const m of matchesNotAfter(line, BLANK_RE, BLANK_NOT_AFTER)) {
			const inner = (m[1] ?? "").trim();
			if (/^TODO:/.test(inner) || !BLANK_WORDS_RE.test(inner)) continue;
			hits.push({ at: m.index, text: m[0] });
		}
		hits.sort((a, b) => a.at - b.at);
		for (const hit of hits) {
			out.push({ rule: "placeholder", line: i + 1, message: `'${hit.text}' is still a placeholder; replace it with your own words or remove it.` });
		}
	});
	return out;
}
