/**
 * Control characters from note text must never reach a terminal (an escape
 * sequence can recolour, retitle or rewrite what is shown) nor an .ics file
 * (RFC 5545 forbids them in content lines).
 */

/** C0 controls (U+0000–U+001F), DEL (U+007F) and C1 controls (U+0080–U+009F). */
export function isControlCode(code: number): boolean {
	return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

export function hasControlChar(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (isControlCode(text.charCodeAt(i))) return true;
	return false;
}

// Built from code points, not written out: a regular expression literal holding control characters is a lint finding.
const code = (n: number): string => String.fromCharCode(n);
/** A control character withoutControlChars always removes (all but tab, LF and CR). One native search, for long outputs. */
const ALWAYS_REMOVED = new RegExp(`[${code(0)}-${code(8)}${code(0x0b)}${code(0x0c)}${code(0x0e)}-${code(0x1f)}${code(0x7f)}-${code(0x9f)}]`);
/** A CR that does not start a CRLF. */
const LONE_CR = new RegExp(`${code(0x0d)}(?!${code(0x0a)})`);

/**
 * `text` without control characters, except tab, line feed and a carriage
 * return that starts a CRLF line ending (a lone CR would let text overwrite
 * the line before it on a terminal). Everything else is kept as it is.
 */
export function withoutControlChars(text: string): string {
	// A character class alone is searched fastest; CRs are rare, so the lookahead runs only when there is one.
	if (!ALWAYS_REMOVED.test(text) && (!text.includes("\r") || !LONE_CR.test(text))) return text;
	let out = "";
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (!isControlCode(c) || c === 0x09 || c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) === 0x0a)) continue;
		out += text.slice(from, i);
		from = i + 1;
	}
	return out + text.slice(from);
}

/** `text` without any control character, tab and line breaks included (for one-line values). */
export function withoutAnyControlChars(text: string): string {
	if (!hasControlChar(text)) return text;
	return Array.from(text).filter((c) => !isControlCode(c.charCodeAt(0))).join("");
}
