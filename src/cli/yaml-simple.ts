/**
 * A quick reader for the frontmatter most notes hold: `key: value` lines,
 * lists of values (`- x`, `[a, b]`) and lists of small maps (`- name: …`),
 * with plain values that are text, whole numbers or dates. It gives what the
 * YAML parser with the core schema gives (test/cli/yaml-simple.test.ts
 * compares them), and undefined for anything else — quotes, comments, other
 * numbers, nesting, a repeated key — which src/cli/yaml.ts then hands to the
 * full parser. On a vault of thousands of notes it is most of the YAML cost saved.
 */

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

const KEY = /^([A-Za-z][\w-]*):(?: +(.*))?$/;
const ITEM = /^( *)- (\S.*)$/;
/** Characters a plain value may not start with, or that make a line more than a plain value. */
const SPECIAL_START = /^[-?:,[\]{}#&*!|>'"%@`<=.+~\d]/;
const code = (n: number): string => String.fromCharCode(n);
/**
 * What makes a value more than plain text: `: `, a trailing `:` or ` #`; or a
 * control character (a tab too), a byte-order mark or half of a surrogate
 * pair, which the full parser decides. One native search per value (built
 * from code points: a literal holding control characters is a lint finding).
 */
const MORE = new RegExp(`: |:$| #|[${code(0)}-${code(0x1f)}${code(0x7f)}-${code(0x9f)}${code(0xfeff)}${code(0xd800)}-${code(0xdfff)}]`);
const IN_FLOW = /[[\]{},:#]/;
// A Map, not an object: "constructor" or "toString" is text, not a property every object has.
const WORDS = new Map<string, Value>(Object.entries({ null: null, Null: null, NULL: null, true: true, True: true, TRUE: true, false: false, False: false, FALSE: false }));
const INTEGER = /^(?:0|[1-9]\d{0,14})$/;
const DATE = /^\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?$/;
/** YAML's white space is spaces and tabs only: a no-break space or an em space is part of the value. */
const SPACES_END = /[ \t]+$/;
const SPACES_BOTH = /^[ \t]+|[ \t]+$/g;
const NOT_BLANK = /[^ \t]/;

const trimEnd = (s: string): string => (s.endsWith(" ") || s.endsWith("\t") ? s.replace(SPACES_END, "") : s);
const blankLine = (line: string | undefined): boolean => line === undefined || !NOT_BLANK.test(line);
/** Leading spaces (YAML indents with spaces only). */
function indentOf(line: string): number {
	let n = 0;
	while (line.charCodeAt(n) === 32) n++;
	return n;
}

/** A plain value: text, a whole number, a date (text in the core schema), null or a boolean; undefined when it is more. */
function scalar(raw: string, inFlow = false): Value | undefined {
	const s = trimEnd(raw);
	if (s === "" || MORE.test(s) || (inFlow && IN_FLOW.test(s))) return undefined;
	if (SPECIAL_START.test(s)) {
		if (INTEGER.test(s)) return Number(s);
		return DATE.test(s) ? s : undefined;
	}
	const word = WORDS.get(s);
	return word !== undefined ? word : s;
}

/** `[a, b]` of plain values; undefined for any other flow text. */
function flowList(s: string): Value[] | undefined {
	const inner = trimEnd(s);
	if (!inner.startsWith("[") || !inner.endsWith("]")) return undefined;
	const body = inner.slice(1, -1).replace(SPACES_BOTH, "");
	if (body === "") return [];
	const out: Value[] = [];
	for (const part of body.split(",")) {
		const v = scalar(part.replace(SPACES_BOTH, ""), true);
		if (v === undefined) return undefined;
		out.push(v);
	}
	return out;
}

const value = (s: string): Value | undefined => (s.startsWith("[") ? flowList(s) : scalar(s));

/** A `key: value` line into `map` (no repeated key); false when the line is anything else. */
function entry(map: Record<string, Value>, line: string): boolean {
	const m = KEY.exec(line);
	if (!m?.[1] || m[1] in map || m[2] === undefined) return false;
	const v = value(m[2]);
	if (v === undefined) return false;
	map[m[1]] = v;
	return true;
}

/** The parsed block, or undefined when it holds more than this reader knows. */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
	const lines = text.split("\n");
	const out: Record<string, Value> = {};
	let i = 0;
	while (i < lines.length) {
		const line = lines[i] ?? "";
		if (blankLine(line)) {
			i++;
			continue;
		}
		const m = KEY.exec(line);
		if (!m?.[1] || m[1] in out) return undefined;
		i++;
		if (m[2] !== undefined && !blankLine(m[2])) {
			const v = value(m[2]);
			if (v === undefined) return undefined;
			out[m[1]] = v;
			continue;
		}
		// An empty value: null, or the list on the lines below.
		const items: Value[] = [];
		let indent = -1;
		while (i < lines.length && !blankLine(lines[i])) {
			const item = ITEM.exec(lines[i] ?? "");
			if (!item) break;
			const at = item[1]?.length ?? 0;
			if (indent === -1) indent = at;
			else if (at !== indent) return undefined;
			const rest = item[2] ?? "";
			i++;
			if (!KEY.test(rest)) {
				const v = value(rest);
				if (v === undefined) return undefined;
				items.push(v);
				continue;
			}
			// `- key: value` and the lines of the same map below it, two more spaces in.
			const map: Record<string, Value> = {};
			if (!entry(map, rest)) return undefined;
			while (i < lines.length && !blankLine(lines[i]) && indentOf(lines[i] ?? "") === indent + 2) {
				if (!entry(map, (lines[i] ?? "").slice(indent + 2))) return undefined;
				i++;
			}
			items.push(map);
		}
		if (i < lines.length && !blankLine(lines[i]) && indentOf(lines[i] ?? "") > 0) return undefined;
		out[m[1]] = items.length > 0 ? items : null;
	}
	// No entry at all: an empty document, which the full parser reads as nothing.
	return Object.keys(out).length > 0 ? out : undefined;
}
