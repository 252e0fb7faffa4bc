/**
 * Frontmatter for the CLI: the block is found once, here, with Obsidian's rule,
 * and its text parsed by gray-matter's YAML engine with the core schema
 * (src/cli/yaml.ts), so `2026-11-19 14:00` stays text and local times stay local.
 */
import { parseYaml, yamlErrorLine } from "./yaml";

export interface NoteParts {
	/** The parsed frontmatter object; undefined when the note has none or it is broken. */
	frontmatter?: Record<string, unknown>;
	/** True when the note opens with a closed `---` block. */
	hasFrontmatter: boolean;
	/** Text after the frontmatter block. */
	body: string;
	/** Character offset of the body in the note text. */
	bodyOffset: number;
	/** Zero-based line of the note on which the body starts. */
	bodyLine: number;
	/** A plain sentence when the frontmatter could not be read. */
	error?: string;
}

// Matches Obsidian: the block must open on the first line and close with a line that is exactly `---`.
const BLOCK = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

function countLines(text: string): number {
	let n = 0;
	for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
	return n;
}

/** Splits a note into frontmatter and body. Never throws. */
export function readNoteParts(text: string): NoteParts {
	const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const bom = text.length - clean.length;
	const block = BLOCK.exec(clean);
	if (!block) return { hasFrontmatter: false, body: text, bodyOffset: 0, bodyLine: 0 };
	const bodyOffset = bom + block[0].length;
	const parts: NoteParts = {
		hasFrontmatter: true,
		body: text.slice(bodyOffset),
		bodyOffset,
		bodyLine: countLines(block[0]),
	};
	try {
		// Each line of the block with its line break, as the YAML parser expects (and counts lines).
		const inner = `${block[1] ?? ""}\n`;
		const data = parseYaml(inner.includes("\r") ? inner.replace(/\r\n?/g, "\n") : inner);
		if (data === null || data === undefined) parts.frontmatter = {};
		else if (typeof data === "object" && !Array.isArray(data)) parts.frontmatter = data as Record<string, unknown>;
		else parts.error = "The frontmatter is not a list of key: value lines.";
	} catch (err) {
		// The position counts the note's lines: the block's text starts on line 2, after `---`.
		parts.error = `The frontmatter is not valid YAML: ${yamlErrorLine(err, 1)}`;
	}
	return parts;
}
