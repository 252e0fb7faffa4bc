/**
 * The new-interview note: validating the modal's fields, the file name from
 * settings.fileNamePattern, and the note text — only the keys the user gave
 * (a blank key would become `null` in Obsidian), and the body headings.
 */
import { formatLocalDate, parseDateText, type When } from "./dates";
import { safeFileName } from "./file-names";
import type { Interviewer } from "./interview";
import type { Settings } from "./settings";

export interface NewInterviewFields {
	company: string;
	role: string;
	date: string;
	interviewers: string;
}

export interface NewInterview {
	company: string;
	role: string;
	date: When;
	interviewers: Interviewer[];
}

export type FieldsResult = { ok: true; value: NewInterview } | { ok: false; message: string };

const HONORIFIC = /^(dr|mr|mrs|ms|mx|miss|prof|sir|dame)\.?$/i;
const CANONICAL: Record<string, string> = { miss: "Miss", sir: "Sir", dame: "Dame" };

/** "Ms. Dana Whitfield, Dr Sam Ortiz" (commas or lines) → people with honorifics. */
export function parseInterviewerList(text: string): Interviewer[] {
	const out: Interviewer[] = [];
	for (const part of text.split(/[,;\n]/)) {
		const words = part.trim().split(/\s+/).filter(Boolean);
		if (words.length === 0) continue;
		const first = words[0] ?? "";
		if (words.length > 1 && HONORIFIC.test(first)) {
			const bare = first.replace(/\.$/, "").toLowerCase();
			const honorific = CANONICAL[bare] ?? `${bare.charAt(0).toUpperCase()}${bare.slice(1)}.`;
			out.push({ name: words.slice(1).join(" "), honorific });
		} else {
			out.push({ name: words.join(" ") });
		}
	}
	return out;
}

/** Checks the modal's fields; the message names what to fix. */
export function validateFields(fields: NewInterviewFields): FieldsResult {
	const company = fields.company.trim();
	const role = fields.role.trim();
	if (company === "") return { ok: false, message: "Enter the company's name." };
	if (role === "") return { ok: false, message: "Enter the role you interviewed for." };
	if (fields.date.trim() === "") return { ok: false, message: "Enter the interview's date, e.g. 2026-11-19 14:00." };
	const date = parseDateText(fields.date);
	if (!date.ok) return { ok: false, message: `The date ${date.message}.` };
	return { ok: true, value: { company, role, date: date.value, interviewers: parseInterviewerList(fields.interviewers) } };
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** "2026-11-19", or "2026-11-19T14:00" as Obsidian's Date & time property writes it; local wall-clock time. */
export function formatWhen(when: When): string {
	const day = formatLocalDate(when.at);
	return when.dateOnly ? day : `${day}T${pad(when.at.getHours())}:${pad(when.at.getMinutes())}`;
}

const PLAIN_YAML = /^[\p{L}\p{N}][\p{L}\p{N} .,&'()/+-]*$/u;
const YAML_WORDS = /^(?:y|n|yes|no|true|false|on|off|null|~)$/i;

/** A YAML scalar: plain when unambiguous, else double-quoted (JSON strings are valid YAML). */
export function yamlScalar(text: string): string {
	const plain = PLAIN_YAML.test(text) && !YAML_WORDS.test(text) && !/^[\d.+-]/.test(text) && !/ $/.test(text);
	return plain ? text : JSON.stringify(text);
}

/** The frontmatter lines the modal gives (between the `---` lines): only the keys it has. */
export function newInterviewFrontmatter(input: NewInterview): string[] {
	const people = input.interviewers.flatMap((p) => [
		`  - name: ${yamlScalar(p.name)}`,
		...(p.honorific ? [`    honorific: ${yamlScalar(p.honorific)}`] : []),
	]);
	return [
		"type: interview",
		`company: ${yamlScalar(input.company)}`,
		`role: ${yamlScalar(input.role)}`,
		`date: ${formatWhen(input.date)}`,
		...(people.length > 0 ? ["interviewers:", ...people] : []),
	];
}

/** The body of a new note without a template: the section headings the drafts read. */
export function newInterviewBody(settings: Settings): string {
	const h = settings.headings;
	const lines: string[] = [""];
	for (const heading of [h.highlights, h.wishIHadSaid, h.sinceInterview, h.questionsAsked, h.debrief]) lines.push(`## ${heading}`, "", "");
	return lines.join("\n").replace(/\n+$/, "\n");
}

/** The full text of a new interview note. */
export function newInterviewText(input: NewInterview, settings: Settings): string {
	return `${["---", ...newInterviewFrontmatter(input), "---"].join("\n")}\n${newInterviewBody(settings)}`;
}

/** The note's file name from settings.fileNamePattern. */
export function newInterviewName(input: NewInterview, settings: Settings): string {
	const filled = settings.fileNamePattern
		.replace(/\{\{\s*date\s*\}\}/g, formatLocalDate(input.date.at))
		.replace(/\{\{\s*company\s*\}\}/g, input.company)
		.replace(/\{\{\s*role\s*\}\}/g, input.role);
	return safeFileName(filled, `${formatLocalDate(input.date.at)} Interview`);
}
