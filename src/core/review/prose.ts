/**
 * The prose of a line with inline code, link targets and URLs blanked out, by
 * linear scans: the regexes this replaces backtracked quadratically on a long
 * line of "a." or "](" (DESIGN §7: every input in linear time).
 */

const isSchemeChar = (c: string): boolean => /[\w+.-]/.test(c);
const isSpace = (c: string): boolean => /\s/.test(c);

/** `code` spans (a backtick up to the next one) become a space. */
function withoutCode(line: string): string {
	let out = "";
	let from = 0;
	for (;;) {
		const open = line.indexOf("`", from);
		const close = open === -1 ? -1 : line.indexOf("`", open + 1);
		if (close === -1) return out + line.slice(from);
		out += `${line.slice(from, open)} `;
		from = close + 1;
	}
}

/** "](target)" becomes "] ". */
function withoutLinkTargets(line: string): string {
	let out = "";
	let from = 0;
	for (;;) {
		const open = line.indexOf("](", from);
		const close = open === -1 ? -1 : line.indexOf(")", open + 2);
		if (close === -1) return out + line.slice(from);
		out += `${line.slice(from, open)}] `;
		from = close + 1;
	}
}

/** "scheme://rest" up to the next space becomes a space; the scheme starts with a letter at a word boundary. */
function withoutUrls(line: string): string {
	let out = "";
	let from = 0;
	let search = 0;
	for (;;) {
		const sep = line.indexOf("://", search);
		if (sep === -1 || sep + 3 >= line.length || isSpace(line.charAt(sep + 3))) {
			if (sep === -1) return out + line.slice(from);
			search = sep + 1;
			continue;
		}
		let start = sep;
		while (start > from && isSchemeChar(line.charAt(start - 1))) start--;
		// The scheme's first character: a letter that opens a word.
		while (start < sep && !(/[a-z]/i.test(line.charAt(start)) && (start === 0 || !/\w/.test(line.charAt(start - 1))))) start++;
		if (start === sep) {
			search = sep + 1;
			continue;
		}
		let end = sep + 3;
		while (end < line.length && !isSpace(line.charAt(end))) end++;
		out += `${line.slice(from, start)} `;
		from = end;
		search = end;
	}
}

export const prose = (line: string): string => withoutUrls(withoutLinkTargets(withoutCode(line)));
