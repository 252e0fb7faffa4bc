/**
 * The references setting as the settings tab edits it: one reference a line,
 * "Name | email | phone | relationship" (empty parts allowed). The name may
 * be a link to a person note. Pure: no Obsidian.
 */
import { readReferences, referenceToSave, type Reference } from "../core/people";

/** Splits on "|" outside [[ ]], so "[[Robin Hale|Robin]] | robin@example.com" keeps its alias. */
function splitParts(line: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let current = "";
	for (let i = 0; i < line.length; i++) {
		const two = line.slice(i, i + 2);
		if (two === "[[" || two === "]]") {
			depth = Math.max(0, depth + (two === "[[" ? 1 : -1));
			current += two;
			i++;
		} else if (line[i] === "|" && depth === 0) {
			parts.push(current.trim());
			current = "";
		} else current += line[i];
	}
	parts.push(current.trim());
	return parts;
}

const FIELDS = ["name", "email", "phone", "relationship"] as const;

/** The lines the tab shows for `references`. */
export function referencesToText(references: readonly Reference[]): string {
	return references
		.map((r) => {
			const saved = referenceToSave(r);
			const parts = FIELDS.map((key) => saved[key] ?? "");
			while (parts.length > 1 && parts.at(-1) === "") parts.pop();
			return parts.join(" | ");
		})
		.join("\n");
}

export type ReferencesParse = { ok: true; value: Reference[] } | { ok: false; message: string };

/** Reads the tab's lines; the first line that cannot be a reference is the message. */
export function parseReferencesText(text: string): ReferencesParse {
	const raw: Record<string, string>[] = [];
	const lines = text.split(/\r\n|\r|\n/);
	for (const [i, line] of lines.entries()) {
		if (line.trim() === "") continue;
		const parts = splitParts(line);
		const where = `Line ${i + 1}`;
		if (parts.length > FIELDS.length) return { ok: false, message: `${where} has more than name | email | phone | relationship.` };
		const entry: Record<string, string> = {};
		FIELDS.forEach((key, k) => {
			const value = parts[k] ?? "";
			if (value !== "") entry[key] = value;
		});
		if (entry.name === undefined) return { ok: false, message: `${where} has no name; start it with the reference's name.` };
		if (entry.email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(entry.email)) {
			return { ok: false, message: `${where}: '${entry.email}' is not an email address; leave that part empty or write one.` };
		}
		raw.push(entry);
	}
	const problems: string[] = [];
	const value = readReferences(raw, problems);
	return problems.length > 0 ? { ok: false, message: problems[0] ?? "" } : { ok: true, value };
}
