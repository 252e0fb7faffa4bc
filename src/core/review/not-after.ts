/**
 * Matches of `re` that do not follow a character matching `before`: what a
 * negative lookbehind says, without one, since Obsidian on iOS before 16.4
 * cannot parse lookbehind and main.js must load there. A rejected match
 * resumes one character later, as the regex engine would. Consume one
 * generator before starting another on the same global regex.
 */
export function* matchesNotAfter(text: string, re: RegExp, before: RegExp): Generator<RegExpExecArray> {
	// A global regex is used as it is (its lastIndex reset), so a caller's compiled pattern is not copied per line.
	const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
	g.lastIndex = 0;
	for (let m = g.exec(text); m; m = g.exec(text)) {
		const at = m.index;
		// The whole code point before the match (a letter beyond the BMP is two UTF-16 units).
		const low = text.charCodeAt(at - 1);
		const prev = at === 0 ? "" : low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.charAt(at - 1);
		if (prev !== "" && before.test(prev)) {
			g.lastIndex = at + 1;
			continue;
		}
		yield m;
		if (m[0] === "") g.lastIndex++;
	}
}
