/** Notes looked at as bytes (src/cli/file-bytes.ts) answer as the same notes looked at as text. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { blockTextOf, bodyStartOf, bytesMayHaveInterviewTag, FileBytes, utf8 } from "../../src/cli/file-bytes";
import { findFrontmatter } from "../../src/core/frontmatter-block";

const LINES = ["---", "---\r", "----", " ---", "--- x", "---  ", "...", "type: interview", "#Interview", "# interview", "#interviewing", "x #INTERVIEW y", "İnterview #İnterview", "é—ü", "🙂", "", "\r"];

/** Generated notes of awkward lines, some opening with a byte-order mark. */
function notes(count: number): string[] {
	let seed = 5;
	const next = (n: number): number => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return Math.floor((seed / 2147483648) * n);
	};
	return Array.from({ length: count }, () => {
		const lines = Array.from({ length: next(7) }, () => LINES[next(LINES.length)] as string);
		const text = (next(2) === 0 ? ["---", ...lines] : lines).join(next(4) === 0 ? "\r\n" : "\n") + (next(2) === 0 ? "\n" : "");
		return next(8) === 0 ? `\uFEFF${text}` : text;
	});
}

const tmp = mkdtempSync(join(tmpdir(), "ifu-bytes-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("notes as bytes", () => {
	const texts = notes(4000);

	it("find where the body starts as findFrontmatter does", () => {
		for (const text of texts) {
			const block = findFrontmatter(text);
			const expected = block === null ? -1 : Buffer.byteLength(text.slice(0, block.end));
			expect([text, bodyStartOf(Buffer.from(text))]).toEqual([text, expected]);
		}
	});

	it("give the frontmatter text and the #interview pre-check that the text gives", () => {
		// The text forms the scan used before it read bytes.
		const blockText = (text: string): string => {
			const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
			if (!text.startsWith("---", from)) return "";
			const end = text.indexOf("\n---", from + 3);
			return end === -1 ? "" : text.slice(0, end + 4);
		};
		const mayHaveTag = (text: string): boolean => {
			for (let i = text.indexOf("#"); i !== -1; i = text.indexOf("#", i + 1)) if (text.slice(i + 1, i + 10).toLowerCase() === "interview") return true;
			return false;
		};
		for (const text of texts) {
			const bytes = Buffer.from(text);
			expect([text, blockTextOf(bytes), bytesMayHaveInterviewTag(bytes)]).toEqual([text, blockText(text), mayHaveTag(text)]);
		}
	});

	it("read files of every size into one reused buffer, decoded as readFileSync decodes them", () => {
		const files = new FileBytes();
		for (const size of [0, 1, 100, 65_535, 65_536, 65_537, 300_000]) {
			const text = "é—x\uFFFD".repeat(size).slice(0, size);
			const file = join(tmp, `n${size}.md`);
			writeFileSync(file, Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xc3])]));
			const bytes = files.read(file);
			expect(bytes.length).toBe(Buffer.byteLength(text) + 2);
			expect(utf8(bytes)).toBe(Buffer.from(bytes).toString("utf8"));
			expect(utf8(bytes, 0, Buffer.byteLength(text))).toBe(text);
		}
		expect(() => files.read(join(tmp, "missing.md"))).toThrow(/ENOENT/);
	});

	it("read a file that fills the buffer exactly, or one byte over or under, whole (a fresh buffer and a grown one)", () => {
		const grown = new FileBytes();
		writeFileSync(join(tmp, "big.md"), Buffer.alloc(300_000, 0x62));
		grown.read(join(tmp, "big.md"));
		for (const size of [0, 1, 65_535, 65_536, 65_537, 131_071, 131_072, 131_073, 262_144, 524_288, 524_289]) {
			const bytes = Buffer.alloc(size, 0x61);
			if (size > 0) bytes[size - 1] = 0x7a;
			const file = join(tmp, `exact${size}.md`);
			writeFileSync(file, bytes);
			for (const files of [new FileBytes(), grown]) expect(Buffer.compare(files.read(file), bytes)).toBe(0);
		}
	});
});
