/**
 * File names made from note text (a company, a role, a recipient): no
 * character that Obsidian or a file system refuses or that breaks a link,
 * and at most MAX_FILE_NAME_BYTES of UTF-8 with the extension, cut between
 * two characters, never inside one.
 */
import { isControlCode } from "./control-chars";

/** Well under the 255 bytes most file systems allow, leaving room for the folders and sync tools. */
export const MAX_FILE_NAME_BYTES = 120;

// Refused by Obsidian or Windows (\ / : * ? " < > |), or breaking a link or an embed (# ^ [ ] |).
const ILLEGAL = /[\\/:*?"<>|#^[\]]/g;
// Windows keeps these names for devices, with any extension.
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** UTF-8 length of one code point. */
const utf8Bytes = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

export function utf8Length(text: string): number {
	let n = 0;
	for (const c of text) n += utf8Bytes(c.codePointAt(0) ?? 0);
	return n;
}

const MARK = /^\p{M}$/u;
const isRegional = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff;

/**
 * `text` split into what a reader sees as one character: a code point with
 * its combining marks and variation selectors, an emoji with its skin tone,
 * tags and zero-width-joined parts, a flag's two regional indicators.
 */
export function characters(text: string): string[] {
	const out: string[] = [];
	let joined = false;
	let openFlag = false;
	for (const c of text) {
		const cp = c.codePointAt(0) ?? 0;
		const last = out.length - 1;
		const attached: boolean =
			last >= 0 &&
			(joined || MARK.test(c) || cp === 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f) || (isRegional(cp) && openFlag));
		if (attached) out[last] += c;
		else out.push(c);
		openFlag = isRegional(cp) && !(attached && openFlag);
		joined = cp === 0x200d;
	}
	return out;
}

/** The longest start of `text` of at most `maxBytes` UTF-8 bytes that ends between two characters. */
export function cutToBytes(text: string, maxBytes: number): string {
	if (utf8Length(text) <= maxBytes) return text;
	let out = "";
	let bytes = 0;
	for (const ch of characters(text)) {
		const n = utf8Length(ch);
		if (bytes + n > maxBytes) break;
		out += ch;
		bytes += n;
	}
	return out;
}

/** Control characters and illegal ones become spaces; runs of spaces, and dots at either end, go. */
function cleaned(text: string): string {
	const visible = Array.from(text, (c) => (isControlCode(c.charCodeAt(0)) ? " " : c)).join("");
	return visible.replace(ILLEGAL, " ").replace(/\s+/g, " ").trim().replace(/^\.+|\.+$/g, "").trim();
}

/** `name` cut so that `name + suffix + "." + ext` fits; cut ends lose their spaces and dots. */
function fitted(name: string, suffix: string, ext: string): string {
	const room = MAX_FILE_NAME_BYTES - utf8Length(`${suffix}.${ext}`);
	const cut = cutToBytes(name, room);
	return cut === name ? name : cut.replace(/[\s.]+$/, "");
}

/**
 * A file name (without the extension) from note text, short enough that
 * `name.ext` stays within MAX_FILE_NAME_BYTES; `fallback` when nothing usable
 * is left. A second copy's " 2" is fitted by fileNameWithSuffix.
 */
export function safeFileName(text: string, fallback: string, ext = "md"): string {
	const clean = cleaned(text);
	const name = clean === "" ? cleaned(fallback) : clean;
	const safe = RESERVED.test(name) ? `${name}_` : name;
	return fitted(safe, "", ext);
}

/** `name` with `suffix` (" 2" for a second copy) and `.ext`, within MAX_FILE_NAME_BYTES. */
export function fileNameWithSuffix(name: string, suffix: string, ext: string): string {
	return `${fitted(name, suffix, ext)}${suffix}.${ext}`;
}
