/** Tests on raw frontmatter values, shared by every reader and writer. */

export type RawRecord = Record<string, unknown>;

/** A key: value mapping (not a list, not a Date from a YAML parser). */
export const isRecord = (v: unknown): v is RawRecord =>
	typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Nothing written: missing, null, or only white space. */
export const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Text from a scalar; numbers and booleans are shown as written. */
export function scalarText(v: unknown): string | undefined {
	if (typeof v === "string") return v.trim();
	if (typeof v === "number" || typeof v === "boolean") return String(v);
	return undefined;
}
