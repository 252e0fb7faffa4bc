/**
 * Frontmatter text the way Obsidian reads and writes it. Obsidian's YAML keeps
 * timestamps as strings ("2026-11-19 14:00" stays text), so the core schema.
 */
import type * as Real from "obsidian";
import { parse, stringify } from "yaml";

/** As Obsidian 1.13 has it: `---` alone on the first line, closed by the next line that is exactly `---`. */
export function getFrontMatterInfo(content: string): Real.FrontMatterInfo {
	const none = { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const open = /^---\r?\n/.exec(content);
	if (!open) return none;
	const from = open[0].length;
	const close = /---(\r?\n|$)/g;
	close.lastIndex = from;
	let m = close.exec(content);
	while (m && content.charAt(m.index - 1) !== "\n") m = close.exec(content);
	if (!m) return none;
	return { exists: true, frontmatter: content.slice(from, m.index), from, to: m.index, contentStart: m.index + m[0].length };
}

export function parseYaml(text: string): unknown {
	return parse(text, { schema: "core" }) as unknown;
}

export function stringifyYaml(obj: unknown): string {
	const out = stringify(obj, (_key, value: unknown) => (value instanceof Date ? value.toISOString() : value), {
		schema: "core",
		lineWidth: 0,
	});
	return out === "{}\n" ? "" : out;
}
