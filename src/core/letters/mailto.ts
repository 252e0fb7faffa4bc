/**
 * "Open draft in email app": a draft note's email read back (To:, Subject:,
 * body) and the mailto: URL of RFC 6068 built from it. Pure.
 */
import { splitFrontmatter } from "../note-text";

export interface EmailParts {
	/** The address alone ("dana@northwind.example"); "" when the draft has none. */
	to: string;
	subject: string;
	body: string;
}

/** The address of "Dana Whitfield <dana@x.example>" or of a bare address. */
const addressOf = (value: string): string => (/<([^<>]*)>\s*$/.exec(value)?.[1] ?? value).trim();

/**
 * The email in a draft note: the frontmatter left out, leading "To:" and
 * "Subject:" lines taken as such, the rest (from the first non-blank line) as
 * the body. `fallbackTo` is used when the text has no To: line.
 */
export function emailOfDraft(text: string, fallbackTo = ""): EmailParts {
	const lines = splitFrontmatter(text).body.split(/\r?\n/);
	let to = "";
	let subject = "";
	let i = 0;
	while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
	for (; i < lines.length; i++) {
		const m = /^(To|Subject):\s*(.*)$/i.exec(lines[i] ?? "");
		if (!m) break;
		if (m[1]?.toLowerCase() === "to") to = addressOf(m[2] ?? "");
		else subject = (m[2] ?? "").trim();
	}
	while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
	const body = lines.slice(i).join("\n").replace(/\s+$/, "");
	return { to: to || fallbackTo.trim(), subject, body };
}

/** Percent-encoding as RFC 6068 asks; line breaks become CRLF (%0D%0A). */
const encoded = (value: string): string => encodeURIComponent(value.replace(/\r?\n/g, "\r\n"));

/** "mailto:dana@x.example?subject=…&body=…"; the address keeps its "@" (clients mishandle %40). */
export function mailtoUrl(parts: EmailParts): string {
	const to = encodeURIComponent(parts.to).replace(/%40/g, "@");
	const query = [
		...(parts.subject !== "" ? [`subject=${encoded(parts.subject)}`] : []),
		...(parts.body !== "" ? [`body=${encoded(parts.body)}`] : []),
	];
	return `mailto:${to}${query.length > 0 ? `?${query.join("&")}` : ""}`;
}
