/**
 * Frontmatter for the CLI: gray-matter finds the block, js-yaml parses it with
 * the core schema, which has no timestamp type, so `2026-11-19 14:00` stays
 * text and local times stay local. (js-yaml is ten times faster than the
 * `yaml` package here, which matters on a vault of thousands of notes.)
 */
import matter from "gray-matter";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";

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

const yamlEngine = {
	// Duplicate keys are an error, as in Obsidian.
	parse: (text: string): object => loadYaml(text, { schema: CORE_SCHEMA, json: false }) as object,
	stringify: (): string => {
		throw new Error("The CLI never re-serialises frontmatter.");
	},
};

/** One short line from a parser error, without the code frame. */
export function firstLine(err: unknown): string {
	const text = err instanceof Error ? err.message : String(err);
	return (text.split("\n")[0] ?? text).trim().replace(/:$/, "");
}

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
		// An options object turns off gray-matter's unbounded cache of every text it has seen.
		const inner = (block[1] ?? "").replace(/\r\n?/g, "\n");
		const file = matter(`---\n${inner}\n---\n`, { engines: { yaml: yamlEngine }, language: "yaml" });
		// gray-matter ends the block at any line starting with ---; Obsidian only at a line that is exactly ---.
		const data: unknown = file.matter.replace(/^\n/, "") === inner ? file.data : yamlEngine.parse(inner);
		if (data === null || data === undefined) parts.frontmatter = {};
		else if (typeof data === "object" && !Array.isArray(data)) parts.frontmatter = data as Record<string, unknown>;
		else parts.error = "The frontmatter is not a list of key: value lines.";
	} catch (err) {
		parts.error = `The frontmatter is not valid YAML: ${firstLine(err)}`;
	}
	return parts;
}
