/**
 * Frontmatter for the CLI: the block is found once, by Obsidian's rule (the
 * core's findFrontmatter, shared with the plugin), and its text parsed by gray-matter's YAML engine with the core schema
 * (src/cli/yaml.ts), so `2026-11-19 14:00` stays text and local times stay local.
 */
import { blockYaml, findFrontmatter, hasUnclosedFrontmatter, UNCLOSED_FRONTMATTER } from "../core/frontmatter-block";
import { isRecord } from "../core/values";
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

function countLines(text: string): number {
	let n = 0;
	for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
	return n;
}

/** Splits a note into frontmatter and body. Never throws. */
export function readNoteParts(text: string): NoteParts {
	const block = findFrontmatter(text);
	if (!block) {
		const parts: NoteParts = { hasFrontmatter: false, body: text, bodyOffset: 0, bodyLine: 0 };
		if (hasUnclosedFrontmatter(text)) parts.error = UNCLOSED_FRONTMATTER;
		return parts;
	}
	const bodyOffset = block.end;
	const parts: NoteParts = {
		hasFrontmatter: true,
		body: text.slice(bodyOffset),
		bodyOffset,
		bodyLine: countLines(text.slice(0, bodyOffset)),
	};
	try {
		// Each line of the block with its line break, as the YAML parser expects (and counts lines).
		const yaml = blockYaml(text, block);
		const inner = yaml === "" ? "" : `${yaml}\n`;
		const data = parseYaml(inner.includes("\r") ? inner.replace(/\r\n?/g, "\n") : inner);
		if (data === null || data === undefined) parts.frontmatter = {};
		else if (isRecord(data)) parts.frontmatter = data;
		else parts.error = "The frontmatter is not a list of key: value lines.";
	} catch (err) {
		// The position counts the note's lines: the block's text starts on line 2, after `---`.
		parts.error = `The frontmatter is not valid YAML: ${yamlErrorLine(err, 1)}`;
	}
	return parts;
}
