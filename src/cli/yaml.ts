/**
 * The CLI's YAML parser: gray-matter's own engine (js-yaml 3, which gray-matter
 * depends on), used with the YAML core schema, which has no timestamp type, so
 * `2026-11-19T14:00:00` stays text and local times stay local, as in
 * Obsidian. It is several times faster than the `yaml` package on a vault of
 * thousands of notes (DESIGN §7), and no YAML library is a direct dependency.
 *
 * gray-matter's engine hands its options to js-yaml's safeLoad. The core schema
 * is the one safeLoad's default schema is built on; a listener (a js-yaml load
 * option) sees it on a first tiny parse. Checked once: a YAML engine without
 * it fails loudly rather than reading dates as UTC.
 */
import engines from "gray-matter/lib/engines";
import { yamlQuirk } from "./yaml-quirks";
import { parseSimpleYaml } from "./yaml-simple";

interface LoaderState {
	schema?: { include?: unknown[] };
}

interface YamlError {
	reason?: unknown;
	mark?: { line?: unknown; column?: unknown };
}

let coreSchema: unknown;

function schema(): unknown {
	if (coreSchema !== undefined) return coreSchema;
	let found: unknown;
	engines.yaml.parse("a: 1", { listener: (_event: string, state: LoaderState) => void (found ??= state.schema?.include?.[0]) });
	const probe = found === undefined ? undefined : engines.yaml.parse("t: 2026-11-19T14:00:00", { schema: found });
	if (typeof (probe as { t?: unknown } | undefined)?.t !== "string") {
		throw new Error("gray-matter's YAML engine has no core schema (is it still js-yaml 3?); the CLI cannot read dates safely.");
	}
	coreSchema = found;
	return found;
}

/**
 * Parses YAML text with the core schema; duplicate keys are an error, as in
 * Obsidian. Throws on bad YAML, including what js-yaml 3 alone would let through.
 */
export function parseYaml(text: string): unknown {
	const data = parseSimpleYaml(text) ?? parseFullYaml(text);
	const quirk = yamlQuirk(text);
	if (quirk !== null) throw new Error(quirk);
	return data;
}

/** The YAML engine alone (parseYaml reads the usual frontmatter without it: src/cli/yaml-simple.ts). */
export function parseFullYaml(text: string): unknown {
	return engines.yaml.parse(text, { schema: schema(), json: false });
}

/**
 * A parser error as one short line: "reason (line:column)", without the code
 * frame; `linesBefore` shifts the line to count from the start of the note.
 */
export function yamlErrorLine(err: unknown, linesBefore = 0): string {
	const { reason, mark } = (err ?? {}) as YamlError;
	if (typeof reason === "string" && typeof mark?.line === "number" && typeof mark.column === "number") {
		return `${reason} (${mark.line + 1 + linesBefore}:${mark.column + 1})`;
	}
	const text = err instanceof Error ? err.message : String(err);
	return (text.split("\n")[0] ?? text).trim().replace(/:$/, "");
}
