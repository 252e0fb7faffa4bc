/**
 * RFC 5545 content lines: TEXT values escaped (backslash, semicolon, comma,
 * line breaks) and lines folded at 75 octets with CRLF and a space, never
 * inside a character. One pass per line, octets counted from the UTF-16 code
 * units (no encoder per character).
 */

import { withoutAnyControlChars, withoutControlChars } from "./control-chars";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** A local calendar day as a DATE value (YYYYMMDD), `plusDays` later. */
export function icsDate(d: Date, plusDays = 0): string {
	const day = new Date(d.getFullYear(), d.getMonth(), d.getDate() + plusDays);
	return `${pad(day.getFullYear(), 4)}${pad(day.getMonth() + 1)}${pad(day.getDate())}`;
}

/** A moment as a UTC DATE-TIME value (YYYYMMDDTHHMMSSZ). */
export function icsUtcTime(d: Date): string {
	return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/**
 * A TEXT value escaped as RFC 5545 §3.3.11 says; control characters, which
 * a content line may not hold (§3.1: CONTROL), are removed — tab stays, line
 * breaks become `\n`.
 */
export function escapeText(text: string): string {
	const lines = withoutControlChars(text.replace(/\r\n?|\n/g, "\n"));
	if (!TO_ESCAPE.test(lines)) return lines;
	return lines.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
}

const TO_ESCAPE = /[\\;,\n]/;
const NON_ASCII = /[\u0080-\uffff]/;

/** Folds one content line: at most 75 octets per physical line, continuation lines start with a space. */
export function foldLine(line: string): string {
	// ASCII: one octet per character, so the cuts fall every 75, then every 74, characters.
	if (!NON_ASCII.test(line)) {
		if (line.length <= 75) return line;
		const parts = [line.slice(0, 75)];
		for (let at = 75; at < line.length; at += 74) parts.push(line.slice(at, at + 74));
		return parts.join("\r\n ");
	}
	return foldByOctets(line);
}

/** The general fold: octets counted from the UTF-16 code units, a cut before any character that would pass the limit. */
export function foldByOctets(line: string): string {
	let out = "";
	let start = 0;
	let octets = 0;
	for (let i = 0; i < line.length; i++) {
		const code = line.charCodeAt(i);
		const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length;
		const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
		// The first physical line holds 75 octets; each continuation holds 74 after its leading space.
		if (octets + size > (start === 0 ? 75 : 74)) {
			out += `${line.slice(start, i)}\r\n `;
			start = i;
			octets = 0;
		}
		octets += size;
		if (pair) i++;
	}
	return out + line.slice(start);
}

/** `NAME:value`, the value escaped as TEXT unless `text` is false, folded. */
export function contentLine(name: string, value: string, text = true): string {
	return foldLine(`${name}:${text ? escapeText(value) : withoutAnyControlChars(value)}`);
}
