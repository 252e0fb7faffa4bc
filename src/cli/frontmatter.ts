/**
 * Frontmatter for the CLI: the core finds the block (by Obsidian's rule), gray-matter and js-yaml parse it with
 * the core schema, which has no timestamp type, so `2026-11-19 14:00` stays
 * text and local times stay local. (js-yaml is ten times faster than the
 * `yaml` package here, which matters on a vault of thousands of notes.)
 */
import matter from "gray-matter";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { blockYaml, findFrontmatter } from "../core/frontmatter-block";
import { isRecord } from "../core/values";

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
	const block = findFrontmatter(text);
	if (!block) return { hasFrontmatter: false, body: text, bodyOffset: 0, bodyLine: 0 };
	const bodyOffset = block.end;
	const parts: NoteParts = {
		hasFrontmatter: true,
		body: text.slice(bodyOffset),
		bodyOffset,
		bodyLine: countLines(text.slice(0, bodyOffset)),
	};
	try {
		// An options object turns off gray-matter's unbounded cache of every text it has seen.
		const inner = blockYaml(text, block).replace(/\r\n?/g, "\n");
		const file = matter(`---\n${inner}\n---\n`, { engines: { yaml: yamlEngine }, language: "yaml" });
		// gray-matter ends the block at any line starting with ---; Obsidian only at a line that is exactly ---.
		const data: unknown = file.matter.replace(/^\n/, "") === inner ? file.data : yamlEngine.parse(inner);
		if (data === null || data === undefined) parts.frontmatter = {};
		else if (isRecord(data)) parts.frontmatter = data;
		else parts.error = "The frontmatter is not a list of key: value lines.";
	} catch (err) {
		parts.error = `The frontmatter is not valid YAML: ${firstLine(err)}`;
	}
	return parts;
}
