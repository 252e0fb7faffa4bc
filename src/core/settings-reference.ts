/**
 * The data.json reference (docs/data-json.md), written from the settings
 * definitions themselves — keys and defaults from settings.ts, words and
 * allowed values from settings-fields.ts — so that it cannot drift from them.
 * `npm run docs` writes it; a test compares the file with a fresh copy.
 */
import { FIELD_GROUPS, readField, type Field } from "./settings-fields";
import { DEFAULT_SETTINGS } from "./settings";

export const REFERENCE_FILE = "docs/data-json.md";

const keyOf = (f: Field): string => ("group" in f.path ? `${f.path.group}.${f.path.key}` : f.path.key);
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, "<br>");
const code = (value: unknown): string => `\`${JSON.stringify(value)}\``;

/** "Formal letter" -> "formal letter"; "US: November 21, 2026" keeps its capitals. */
const inSentence = (label: string): string => (/^.[a-z ]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);

function typeOf(f: Field): string {
	const c = f.control;
	switch (c.type) {
		case "toggle":
			return "`true` or `false`";
		case "number":
			return `whole number, ${c.min} to ${c.max} ${c.unit}`;
		case "dropdown":
			return `one of ${Object.entries(c.options).map(([value, label]) => `${code(value)} (${inSentence(label)})`).join(", ")}`;
		case "text":
			return c.multiline ? "text; lines separated by `\\n`" : "text";
		case "references":
			return "a list of references: `{\"name\", \"email\", \"phone\", \"relationship\"}` (name required)";
	}
}

function row(f: Field): string {
	return `| \`${keyOf(f)}\` | ${cell(typeOf(f))} | ${cell(f.defaultText ?? code(readField(DEFAULT_SETTINGS, f.path)))} | ${cell(f.name)} | ${cell(f.desc)} |`;
}

/** Keys the plugin keeps in data.json beside the settings; they have no row in the settings tab. */
const RECORDS: { key: string; type: string; default: unknown; desc: string }[] = [
	{
		key: "rejectionSeen",
		type: "object: note path → local time (`2026-11-20T18:00:00`)",
		default: {},
		desc: "When the plugin first saw each rejection that has no `outcome_date`; the thank-you after a rejection is dated from it. Written by the plugin; the command-line tool only reads it.",
	},
];

export function settingsReference(): string {
	const head = "| key | type | default | in the settings tab | what it does |\n|---|---|---|---|---|";
	const groups = FIELD_GROUPS.map((g) => `## ${g.heading}\n\n${head}\n${g.fields.map(row).join("\n")}\n`);
	const records = RECORDS.map((r) => `| \`${r.key}\` | ${cell(r.type)} | ${cell(code(r.default))} | — | ${cell(r.desc)} |`);
	return `# data.json reference

<!-- Written by \`npm run docs\` from src/core/settings.ts and src/core/settings-fields.ts. Do not edit by hand: test/core/settings-reference.test.ts fails when this file differs. -->

The plugin saves its settings in \`VAULT/.obsidian/plugins/interview-follow-up/data.json\`,
and the command-line tool reads the same file, so both follow the same rules. To set
them without Obsidian, write the file by hand: every key is optional, a missing key
takes its default, and a value of the wrong type is reported as a problem (in the
settings tab, and as a problem line of \`due\`) and replaced by its default. Dotted keys
are nested: \`sender.name\` is \`{"sender": {"name": "…"}}\`. Folder and file paths are
relative to the vault.

Set at least \`sender.name\`: without it every letter is signed \`[TODO: your name]\`.

\`\`\`json
{
  "sender": { "name": "Alex Morgan", "email": "alex.morgan@example.com" },
  "thankYouHours": 48,
  "defaultFormat": "letter"
}
\`\`\`

${groups.join("\n")}
## Kept by the plugin

${head}
${records.join("\n")}
`;
}
