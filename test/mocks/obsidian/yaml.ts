/**
 * Frontmatter text the way Obsidian reads and writes it. Obsidian's YAML keeps
 * timestamps as strings ("2026-11-19 14:00" stays text), so the core schema.
 */
import type * as Real from "obsidian";
import { parse, stringify } from "yaml";

export function getFrontMatterInfo(content: string): Real.FrontMatterInfo {
	const none = { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const open = /^---[ \t]*\r?\n/.exec(content);
	if (!open) return none;
	const from = open[0].length;
	const close = /(^|\n)---[ \t]*(\r?\n|$)/g;
	close.lastIndex = from - 1;
	const m = close.exec(content);
	if (!m) return none;
	const to = m.index + m[1]!.length;
	return { exists: true, frontmatter: content.slice(from, to), from, to, contentStart: m.index + m[0].length };
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
