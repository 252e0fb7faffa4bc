/**
 * Reads whole files into one buffer that is reused from file to file, so a
 * scan of thousands of notes neither allocates a buffer nor decodes UTF-8 for
 * each: the caller looks at the bytes first and decodes only the notes (and
 * parts) it needs. Decoding is Node's own (`utf8Slice`, what `toString("utf8")`
 * calls), the same as `readFileSync(file, "utf8")`, byte-order mark and
 * invalid bytes alike.
 */
import { closeSync, constants, openSync, readSync } from "node:fs";

export class FileBytes {
	private buffer = Buffer.allocUnsafe(64 * 1024);

	/** The file's bytes: a view that holds until the next read. Throws as readFileSync does (ENOENT, EISDIR…). */
	read(file: string): Buffer {
		// The flag as a number: Node need not parse "r" for every file.
		const fd = openSync(file, constants.O_RDONLY);
		try {
			let size = 0;
			for (;;) {
				if (size === this.buffer.length) {
					const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
					this.buffer.copy(bigger, 0, 0, size);
					this.buffer = bigger;
				}
				const room = this.buffer.length - size;
				const n = readSync(fd, this.buffer, size, room, null);
				size += n;
				// A read that leaves room has met the end: for a regular file (all the walk lists) read(2) returns
				// fewer bytes than asked only there, so the read that would return 0 is not made (readFileSync
				// trusts the size fstat gives instead; both miss bytes appended meanwhile).
				if (n < room) return this.buffer.subarray(0, size);
			}
		} finally {
			closeSync(fd);
		}
	}
}

const HASH = 0x23;
const WORD = "interview";

/** True when "interview", in any case, is at `at` (ASCII letters: UTF-8 never hides their bytes inside another character). */
function wordAt(bytes: Buffer, at: number): boolean {
	if (at + WORD.length > bytes.length) return false;
	for (let k = 0; k < WORD.length; k++) if (((bytes[at + k] ?? 0) | 0x20) !== WORD.charCodeAt(k)) return false;
	return true;
}

/** True when some `#` in the bytes is followed by "interview" in any case: the scan's `mayHaveInterviewTag`, undecoded. */
export function bytesMayHaveInterviewTag(bytes: Buffer): boolean {
	for (let i = bytes.indexOf(HASH); i !== -1; i = bytes.indexOf(HASH, i + 1)) if (wordAt(bytes, i + 1)) return true;
	return false;
}

const CLOSE = Buffer.from("\n---");

/**
 * The note's frontmatter block decoded, or more (up to the first line starting
 * with ---); "" when the note does not open with one. Enough to tell whether
 * its type or tags can make it an interview.
 */
export function blockTextOf(bytes: Buffer): string {
	const open = openingEnd(bytes);
	if (open === -1) return "";
	const end = bytes.indexOf(CLOSE, open);
	return end === -1 ? "" : utf8(bytes, 0, end + CLOSE.length);
}

const DASHES = 0x2d;
const LF_BYTE = 0x0a;
const CR_BYTE = 0x0d;

/** Just after the `---` the note opens with (after a byte-order mark, if any); -1 when it does not. */
function openingEnd(bytes: Buffer): number {
	const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	return bytes[from] === DASHES && bytes[from + 1] === DASHES && bytes[from + 2] === DASHES ? from + 3 : -1;
}

interface Utf8Slicing {
	utf8Slice?: (start: number, end: number) => string;
}

/**
 * bytes[from, to) as text. Buffer's own decoder, called directly: on thousands
 * of small notes, `toString`'s checks of its arguments cost several times the
 * decoding (`npm run bench`); a Buffer without it decodes through toString.
 */
export function utf8(bytes: Buffer, from = 0, to = bytes.length): string {
	const slicing = bytes as Utf8Slicing;
	return typeof slicing.utf8Slice === "function" ? slicing.utf8Slice(from, to) : bytes.toString("utf8", from, to);
}

/**
 * Where the body starts, as a byte offset: just after the line that closes
 * the frontmatter block, by the rule findFrontmatter (core/frontmatter-block)
 * follows on text (`---` alone on the first line, closed by the next line that
 * is exactly `---`); -1 when the note opens no block or never closes it.
 * Every byte it looks for is ASCII, so the offsets are those of the same text.
 */
export function bodyStartOf(bytes: Buffer): number {
	let yaml = openingEnd(bytes);
	if (yaml === -1) return -1;
	if (bytes[yaml] === CR_BYTE) yaml++;
	if (bytes[yaml] !== LF_BYTE) return -1;
	// A `---` at the start of a line, then a line break or the end: the first one closes the block.
	for (let at = bytes.indexOf(CLOSE, yaml); at !== -1; at = bytes.indexOf(CLOSE, at + 1)) {
		const after = at + CLOSE.length;
		if (after === bytes.length) return after;
		if (bytes[after] === LF_BYTE) return after + 1;
		if (bytes[after] === CR_BYTE && bytes[after + 1] === LF_BYTE) return after + 2;
	}
	return -1;
}
