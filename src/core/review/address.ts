/**
 * `address` (DESIGN §3.3): a formal letter whose recipient block gives the
 * company an address other than the note's `company_address` (or, for a
 * person with their own `address`, other than that). A block with no address
 * is left alone: the user may leave it out.
 */
import type { Interview } from "../interview";
import { everyoneAtTheCompany } from "../letters/recipients";
import { foldText, sameText } from "../text-compare";
import { isBlank } from "../values";
import { letterParts } from "./structure";
import type { RawFinding } from "./types";

/**
 * `company_address` read tolerantly: text with line breaks, a list of lines,
 * or an object of parts ({street, city, …}, in the order written). Empty
 * lines are dropped; anything else gives no lines.
 */
export function addressLines(value: unknown): string[] {
	const parts = (v: unknown): string[] => {
		if (typeof v === "string") return v.split(/\r\n|\r|\n/);
		if (typeof v === "number") return [String(v)];
		if (Array.isArray(v)) return v.flatMap(parts);
		if (v !== null && typeof v === "object" && !(v instanceof Date)) return Object.values(v as Record<string, unknown>).flatMap(parts);
		return [];
	};
	return parts(value).map((l) => l.trim()).filter((l) => l !== "");
}

/** Case, accents, punctuation and line breaks do not make two addresses differ. */
const comparable = (lines: readonly string[]): string =>
	foldText(lines.join(" "))
		.replace(/[.,;:]/g, " ")
		.replace(/\s+/g, " ")
		.trim();

const shown = (lines: readonly string[]): string => lines.join(", ");

export function addressMismatch(lines: string[], interview: Interview, companyAddress: readonly string[]): RawFinding[] {
	const company = interview.company.trim();
	if (company === "") return [];
	const personal = everyoneAtTheCompany(interview).map((p) => addressLines(p.address));
	const accepted = [companyAddress, ...personal].filter((a) => a.length > 0);
	if (accepted.length === 0) return [];
	const out: RawFinding[] = [];
	for (const { salutation } of letterParts(lines)) {
		if (!salutation) continue;
		// The recipient block: the run of lines just above the greeting.
		let end = salutation.index - 1;
		while (end >= 0 && isBlank(lines[end] ?? "")) end--;
		let start = end;
		while (start > 0 && !isBlank(lines[start - 1] ?? "")) start--;
		let at = -1;
		for (let i = start; i <= end; i++) if (sameText(lines[i] ?? "", company)) at = i;
		if (at === -1 || at === end) continue;
		const written = lines.slice(at + 1, end + 1).map((l) => l.trim());
		if (accepted.some((a) => comparable(a) === comparable(written))) continue;
		const expected = companyAddress.length > 0 ? companyAddress : (accepted[0] ?? []);
		out.push({
			rule: "address",
			line: at + 2,
			message: `This address ('${shown(written)}') differs from the note's ${companyAddress.length > 0 ? "company_address" : "address"} ('${shown(expected)}'); copy it from the note, or correct the note.`,
		});
	}
	return out;
}
