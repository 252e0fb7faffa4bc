/**
 * Logic-less letter templates (DESIGN §3.2): Mustache, with no partials, no
 * HTML escaping (letters are plain text) and only the documented variables.
 * A template is checked before it is used; a broken one is a TemplateError
 * naming its file and line, and no letter is made from it.
 */
import Mustache from "mustache";
import type { TemplateVariables, VariableSpec } from "./variables";

export class TemplateError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly problem: string,
	) {
		super(`${file}, line ${line}: ${problem}`);
		this.name = "TemplateError";
	}
}

/** A template's text and where it came from (a vault path, or "built-in …"). */
export interface TemplateSource {
	file: string;
	text: string;
	/** Lines before the template's first line in its file (a frontmatter block the reader took off). */
	lineOffset?: number;
}

type Span = ReturnType<typeof Mustache.parse>[number];

const lineAt = (text: string, index: number): number => {
	let line = 1;
	for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
};

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where `{{#name}}` (or `{{^name}}`) was last opened before `before`. */
function openedAt(text: string, name: string, before: number): number {
	const open = new RegExp(`\\{\\{\\s*[#^]\\s*${escapeRe(name)}\\s*\\}\\}`, "g");
	let at = 0;
	for (let m = open.exec(text); m && m.index < before; m = open.exec(text)) at = m.index;
	return at;
}

/** mustache's own messages ("Unclosed section \"x\" at 57") in plain words, with the place. */
function syntaxProblem(text: string, message: string): { problem: string; at: number } {
	const at = Number(/ at (\d+)\s*$/.exec(message)?.[1] ?? 0);
	const section = /section "([^"]*)"/.exec(message)?.[1] ?? "";
	if (message.startsWith("Unclosed section")) {
		const closing = /^\{\{\s*\/\s*([^}]*?)\s*\}\}/.exec(text.slice(at));
		if (closing) return { problem: `{{/${closing[1] ?? ""}}} closes {{#${section}}}, which is still open`, at };
		return { problem: `{{#${section}}} is never closed (add {{/${section}}})`, at: openedAt(text, section, at) };
	}
	if (message.startsWith("Unopened section")) return { problem: `{{/${section}}} closes a section that was never opened`, at };
	if (message.startsWith("Unclosed tag")) return { problem: "a tag is opened with {{ but never closed with }}", at };
	return { problem: message.replace(/ at \d+\s*$/, ""), at };
}

interface Scope {
	fields: Record<string, VariableSpec>;
	/** "{{.}}" is the current item (inside a text or a list of texts). */
	dot: boolean;
}

function lookup(name: string, scopes: Scope[]): VariableSpec | "dot" | undefined {
	if (name === ".") return scopes[scopes.length - 1]?.dot ? "dot" : undefined;
	const [head = "", ...rest] = name.split(".");
	for (let i = scopes.length - 1; i >= 0; i--) {
		let spec: VariableSpec | undefined = scopes[i]?.fields[head];
		if (!spec) continue;
		for (const part of rest) spec = spec?.fields?.[part];
		return spec;
	}
	return undefined;
}

function checkSpans(spans: Span[], scopes: Scope[], fail: (at: number, problem: string) => never): void {
	for (const span of spans) {
		const [type, name, start] = span;
		if (type === "text" || type === "!") continue;
		if (type === ">") fail(start, `partials ({{> ${name}}}) are not supported`);
		if (type === "=") fail(start, "changing the delimiters is not supported");
		const spec = lookup(name, scopes);
		if (spec === undefined) fail(start, `unknown variable {{${name}}} (the templates folder's README lists them)`);
		if (type !== "#" && type !== "^") {
			if (spec !== "dot" && spec.type === "list") fail(start, `{{${name}}} is a list: use {{#${name}}}…{{/${name}}}`);
			continue;
		}
		const inner = span[4];
		if (!Array.isArray(inner)) continue;
		// An inverted section renders only when the value is empty, so its scope is the outer one.
		const scope: Scope =
			type === "^" || spec === "dot" ? { fields: {}, dot: spec === "dot" } : { fields: spec.fields ?? {}, dot: spec.type !== "flag" && !spec.fields };
		checkSpans(inner, type === "^" ? scopes : [...scopes, scope], fail);
	}
}

/** Throws a TemplateError when `source` does not parse or uses a variable `variables` lacks. */
export function checkTemplate(source: TemplateSource, variables: TemplateVariables): void {
	const offset = source.lineOffset ?? 0;
	const fail = (at: number, problem: string): never => {
		throw new TemplateError(source.file, offset + lineAt(source.text, at), problem);
	};
	let spans: Span[];
	try {
		spans = Mustache.parse(source.text);
	} catch (e) {
		const { problem, at } = syntaxProblem(source.text, e instanceof Error ? e.message : String(e));
		return fail(at, problem);
	}
	checkSpans(spans, [{ fields: variables, dot: false }], fail);
}

/** The letter from a checked template: values as they are (no HTML escaping), one line break at the end. */
export function renderTemplate(source: TemplateSource, variables: TemplateVariables, view: object): string {
	checkTemplate(source, variables);
	const text = Mustache.render(source.text, view, {}, { escape: (v: unknown) => String(v) });
	return `${text.replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
