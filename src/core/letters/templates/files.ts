/**
 * Letter templates as vault files: "<kind>.<format>.md" in the templates
 * folder (DESIGN §3.2). Exporting writes the built-ins and a README note of
 * the variables; a file there wins over the built-in for its kind and format.
 */
import { findFrontmatter } from "../../frontmatter-block";
import type { LetterFormat } from "../../settings";
import { LETTER_KIND_TABLE, LETTER_KINDS, type LetterKind } from "../kinds";
import { formatsOf, LETTER_FORMATS } from "../types";
import { BUILT_IN_TEMPLATES } from "./builtin";
import type { TemplateSource } from "./engine";
import { LETTER_VARIABLES } from "./variables";

/** The file a kind's template has in the templates folder: "thank-you.email.md". */
export const templateFileName = (kind: LetterKind, format: LetterFormat): string => `${kind}.${format}.md`;

export const TEMPLATES_README = "README.md";

/** A template file's text as a template: a frontmatter block (properties the user or Obsidian added) is not part of it. */
export function templateFromFile(file: string, text: string): TemplateSource {
	// Letters are written with LF like every draft, whatever the editor saved the template with.
	const lf = (t: string): string => t.replace(/\r\n?/g, "\n");
	const block = findFrontmatter(text);
	if (!block) return { file, text: lf(text.replace(/^\uFEFF/, "")) };
	const head = text.slice(0, block.end);
	return { file, text: lf(text.slice(block.end)), lineOffset: head.split("\n").length - 1 };
}

/** Which template a letter uses: the user's file for its kind and format, else the built-in. */
export type TemplateLookup = (kind: LetterKind, format: LetterFormat) => TemplateSource | undefined;

function readme(): string {
	const rows = Object.entries(LETTER_VARIABLES).map(([name, spec]) => `| \`${name}\` | ${spec.type} | ${spec.doc.replace(/\|/g, "\\|")} |`);
	const files = LETTER_KINDS.map((k) => `- \`${k}.<format>.md\`: ${LETTER_KIND_TABLE[k].title.toLowerCase()}`);
	return [
		"# Letter templates",
		"",
		"Interview Follow-up drafts each letter from the template here for its kind and format,",
		`named \`<kind>.<format>.md\` (formats: ${LETTER_FORMATS.join(", ")}; call, the talking points of a phone call, for ${LETTER_KINDS.filter((k) => formatsOf(k).includes("call")).join(", ")}). Edit a copy to write in your own`,
		"voice or another language; delete it to go back to the built-in. Export again to get",
		"the built-ins of files you deleted: files that are here are never overwritten.",
		"",
		...files,
		"",
		"Templates are [Mustache](https://mustache.github.io/mustache.5.html), without logic:",
		"`{{name}}` is a value, `{{#name}}…{{/name}}` repeats for each item of a list (the item is",
		"`{{.}}`) or shows its text only when the value is not empty, `{{^name}}…{{/name}}` shows",
		"only when it is empty, and `{{! … }}` is a comment. Values are written as they are.",
		"A template with an error, or with a name not listed below, is refused with its file and",
		"line, and no draft is made from it.",
		"",
		"| variable | type | what it holds |",
		"|---|---|---|",
		...rows,
		"",
	].join("\n");
}

/** A comment at the top of an exported template (it renders as nothing); Mustache comments cannot hold braces. */
const exportedHeader = (kind: LetterKind, format: LetterFormat): string =>
	`{{! ${LETTER_KIND_TABLE[kind].title}, ${format} format. Values such as ${format === "card" ? "card" : format === "call" ? "call_point" : "paragraphs"} hold the built-in wording for this kind; replace them with your own words using the variables README.md lists (highlight, wishes, since, company, role, recipient_name, ...). Delete this file to go back to the built-in. }}\n`;

/** The files "Export letter templates" writes (names relative to the templates folder). */
export function templateExport(): { name: string; text: string }[] {
	const templates = LETTER_KINDS.flatMap((kind) =>
		formatsOf(kind).map((format) => ({ name: templateFileName(kind, format), text: exportedHeader(kind, format) + BUILT_IN_TEMPLATES[format] })),
	);
	return [{ name: TEMPLATES_README, text: readme() }, ...templates];
}
