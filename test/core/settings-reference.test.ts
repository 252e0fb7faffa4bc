import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FIELD_GROUPS, type Field } from "../../src/core/settings-fields";
import { REFERENCE_FILE, settingsReference } from "../../src/core/settings-reference";
import { DEFAULT_SETTINGS, resolveSettings } from "../../src/core/settings";
import { pluginDataToSave } from "../../src/plugin/plugin-data";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const reference = settingsReference();
const documented = Array.from(reference.matchAll(/^\| `([\w.]+)` \|/gm), (m) => m[1]);
const fields = FIELD_GROUPS.flatMap((g) => g.fields);
const keyOf = (f: Field): string => ("group" in f.path ? `${f.path.group}.${f.path.key}` : f.path.key);

/** data.json holding one value at a dotted key. */
const dataWith = (key: string, value: unknown): Record<string, unknown> => {
	const [group, name] = key.split(".");
	return name === undefined ? { [key]: value } : { [group ?? ""]: { [name]: value } };
};
const accepted = (key: string, value: unknown): boolean => resolveSettings(dataWith(key, value)).problems.length === 0;

describe("the data.json reference", () => {
	it(`${REFERENCE_FILE} is what the settings definitions give (run \`npm run docs\` after changing them)`, () => {
		expect(readFileSync(`${ROOT}${REFERENCE_FILE}`, "utf8")).toBe(reference);
	});

	it("documents every key the plugin saves, once", () => {
		const saved = Object.entries(pluginDataToSave(DEFAULT_SETTINGS, {})).flatMap(([k, v]) =>
			typeof v === "object" && v !== null && !Array.isArray(v) && k !== "rejectionSeen" ? Object.keys(v).map((s) => `${k}.${s}`) : [k],
		);
		expect([...documented].sort()).toEqual([...saved].sort());
	});

	it("shows each key's default as settings.ts has it", () => {
		const defaults = resolveSettings(undefined).settings as unknown as Record<string, Record<string, unknown>>;
		for (const f of fields) {
			const key = keyOf(f);
			const [group, name] = key.split(".");
			const value = name === undefined ? defaults[key] : defaults[group ?? ""]?.[name];
			expect(reference).toContain(`| \`${key}\` |`);
			const shown = reference.split("\n").find((l) => l.startsWith(`| \`${key}\` |`))?.split(" | ")[2];
			expect(shown).toBe(f.defaultText ?? `\`${JSON.stringify(value)}\``.replace(/\|/g, "\\|"));
		}
	});

	it("the date style's default is the locale's: the words name what resolveSettings picks", () => {
		const shown = reference.split("\n").find((l) => l.startsWith("| `dateStyle` |"))?.split(" | ")[2];
		expect(shown).toBe('from the system locale: `"us"` for US English (`en-US`, or `en` alone), else `"uk"`');
		expect(["en-US", "en", "en-GB", "de-DE"].map((locale) => resolveSettings(undefined, { locale }).settings.dateStyle)).toEqual(["us", "us", "uk", "uk"]);
	});

	it("the types it gives are the ones data.json is checked against", () => {
		for (const f of fields) {
			const key = keyOf(f);
			const c = f.control;
			if (c.type === "toggle") {
				expect([accepted(key, true), accepted(key, false), accepted(key, "yes")], key).toEqual([true, true, false]);
			} else if (c.type === "number") {
				expect([c.min, c.max, c.min - 1, c.max + 1, c.min + 0.5].map((n) => accepted(key, n)), key).toEqual([true, true, false, false, false]);
			} else if (c.type === "dropdown") {
				for (const option of Object.keys(c.options)) expect(accepted(key, option), `${key}: ${option}`).toBe(true);
				expect(accepted(key, "nonsense"), key).toBe(false);
			} else if (c.type === "references") {
				expect([accepted(key, [{ name: "Robin Hale", email: "robin@example.com" }]), accepted(key, 5)], key).toEqual([true, false]);
			} else {
				expect([accepted(key, "Some text.md"), accepted(key, 5)], key).toEqual([true, false]);
			}
		}
	});

	it("its example data.json is valid", () => {
		const example = /```json\n([\s\S]*?)```/.exec(reference)?.[1] ?? "";
		expect(resolveSettings(JSON.parse(example)).problems).toEqual([]);
	});
});
