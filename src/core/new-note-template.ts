/**
 * A new interview note from the user's template note (setting `newNoteTemplate`):
 * the template's frontmatter merged with the keys the modal gives (those win),
 * its body kept, and the placeholders filled in one pass — `{{title}}`,
 * `{{date}}`, `{{time}}` as core Templates fills them (the note's name, today,
 * now) and `{{company}}`, `{{role}}`, `{{interviewers}}` from the modal. A
 * value put in is never scanned again, and anything else (Templater's `<% %>`,
 * `{{date:FORMAT}}`) is left as written for its own plugin.
 */
import { formatLocalDate } from "./dates";
import { blockYaml, findFrontmatter } from "./frontmatter-block";
import { newInterviewFrontmatter, yamlScalar, type NewInterview } from "./new-note";

export interface TemplateValues {
	title: string;
	date: string;
	time: string;
	company: string;
	role: string;
	interviewers: string;
}

const pad = (n: number): string => String(n).padStart(2, "0");

export function templateValues(input: NewInterview, title: string, now: Date): TemplateValues {
	const interviewers = input.interviewers.map((p) => (p.honorific ? `${p.honorific} ${p.name}` : p.name)).join(", ");
	return { title, date: formatLocalDate(now), time: `${pad(now.getHours())}:${pad(now.getMinutes())}`, company: input.company, role: input.role, interviewers };
}

const PLACEHOLDER = /\{\{\s*(title|date|time|company|role|interviewers)\s*\}\}/g;

/** Fills the placeholders of `text` in one pass. */
export const fillPlaceholders = (text: string, values: TemplateValues): string => text.replace(PLACEHOLDER, (_m, key: keyof TemplateValues) => values[key]);

/** A whole YAML value that is one placeholder, bare or quoted: `key: {{company}}`. */
const WHOLE_VALUE = /^([^\s#][^:]*:[ \t]+)(["']?)\{\{\s*(title|date|time|company|role|interviewers)\s*\}\}\2[ \t]*$/;

/** The top-level keys of a frontmatter block, each with its lines (a key's nested lines belong to it). */
function keyBlocks(yaml: string): { key: string | null; lines: string[] }[] {
	const blocks: { key: string | null; lines: string[] }[] = [];
	for (const line of yaml.split("\n")) {
		const top = /^([^\s#-][^:]*):(?:[ \t]|$)/.exec(line);
		const last = blocks[blocks.length - 1];
		if (top) blocks.push({ key: (top[1] ?? "").trim(), lines: [line] });
		else if (last) last.lines.push(line);
		else blocks.push({ key: null, lines: [line] });
	}
	return blocks;
}

/** A template frontmatter line with its placeholders filled: a whole value becomes a safe YAML scalar. */
function fillYamlLine(line: string, values: TemplateValues): string {
	const whole = WHOLE_VALUE.exec(line);
	if (whole) return `${whole[1] ?? ""}${yamlScalar(values[whole[3] as keyof TemplateValues])}`;
	return fillPlaceholders(line, values);
}

/** The new note's text from the template's text. */
export function newInterviewFromTemplate(template: string, input: NewInterview, values: TemplateValues, defaultBody: string): string {
	const text = template.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
	const block = findFrontmatter(text);
	const ours = newInterviewFrontmatter(input);
	const given = new Set(ours.map((l) => /^([^\s:]+):/.exec(l)?.[1]).filter((k): k is string => k !== undefined));
	const kept = block
		? keyBlocks(blockYaml(text, block))
				.filter((b) => b.key === null || !given.has(b.key))
				.flatMap((b) => b.lines.map((l) => fillYamlLine(l, values)))
				.filter((l, i, all) => l.trim() !== "" || i < all.length - 1)
		: [];
	const body = fillPlaceholders(block ? text.slice(block.end) : text, values);
	const lines = ["---", ...ours, ...kept, "---"];
	return `${lines.join("\n")}\n${body.trim() === "" ? defaultBody : body}`;
}
