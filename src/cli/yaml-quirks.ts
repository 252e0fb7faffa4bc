/**
 * Invalid YAML that js-yaml 3 (gray-matter's engine, src/cli/yaml.ts) reads
 * anyway, where js-yaml 4 and Obsidian stop: a tab used as indentation before a
 * key or list item, and text after a closed quoted value or flow collection on
 * the same line. js-yaml 3 then silently reads a different structure than the
 * user wrote, so such a block is refused. A line scan over the block; block
 * scalars (`|`, `>`) and multi-line quoted values are content and are skipped.
 */

const TAB_IN_INDENT = /^ *\t/;
const ENTRY = /^(?:-(?:[ \t]|$)|[^\s"'#[\]{}][^:#]*:(?:[ \t]|$))/;
const BLOCK_SCALAR = /(?:^|[ \t])[|>][1-9+-]{0,2}$/;
// Where a line's value starts: after list dashes, a key and its colon, and any anchor or tag.
const VALUE_START = /^[ \t]*(?:-[ \t]+)*(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#[\]{}&!-][^:#]*?):[ \t]+)?(?:[&!]\S*[ \t]+)*/;

const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;

/**
 * Reads a quoted value or flow collection chunk by chunk (line by line), so one
 * that runs over many lines is scanned once. `push` returns the index in the
 * chunk just after the value's end, or -1 while it is still open.
 */
class ValueScanner {
	private depth = 0;
	private quote = "";
	private escaped = false;

	push(chunk: string, from = 0): number {
		for (let i = from; i < chunk.length; i++) {
			const c = chunk[i];
			if (this.quote === '"') {
				if (this.escaped) this.escaped = false;
				else if (c === "\\") this.escaped = true;
				else if (c === '"') {
					this.quote = "";
					if (this.depth === 0) return i + 1;
				}
			} else if (this.quote === "'") {
				if (c !== "'") continue;
				if (chunk[i + 1] === "'") i++; // '' is a quote character inside single quotes
				else {
					this.quote = "";
					if (this.depth === 0) return i + 1;
				}
			} else if ((c === '"' || c === "'") && (i === from || " \t\n,[{:".includes(chunk[i - 1] ?? "\n"))) this.quote = c;
			else if (c === "[" || c === "{") this.depth++;
			else if ((c === "]" || c === "}") && --this.depth <= 0) return i + 1;
		}
		return -1;
	}
}

// What a quirk needs: a tab, or a closing quote or bracket with text (or a glued #) after it.
const MAY_HAVE_QUIRK = /\t|(?:[^\s:[{,]["']|[\]}])(?:[ \t]*[^\s#:,\]}]|#)/;

/** A plain sentence naming the first quirk in `yaml`, or null when there is none. */
export function yamlQuirk(yaml: string): string | null {
	if (!MAY_HAVE_QUIRK.test(yaml)) return null;
	const lines = yaml.split("\n");
	let scalarIndent = -1;
	for (let n = 0; n < lines.length; n++) {
		const line = lines[n] ?? "";
		if (scalarIndent >= 0) {
			if (line.trim() === "" || indentOf(line) > scalarIndent) continue;
			scalarIndent = -1;
		}
		if (/^[?:]\t/.test(line) || (TAB_IN_INDENT.test(line) && ENTRY.test(line.trimStart()))) return `a tab is used as indentation on line ${n + 1}; YAML allows only spaces there`;
		const start = VALUE_START.exec(line)?.[0].length ?? 0;
		const c = line[start];
		if (c === '"' || c === "'" || c === "[" || c === "{") {
			// A quoted value or flow collection may run on over later lines: read on to where it closes.
			const scanner = new ValueScanner();
			let rest = line;
			let end = scanner.push(line, start);
			while (end === -1 && n + 1 < lines.length) {
				rest = `\n${lines[++n] ?? ""}`;
				end = scanner.push(rest);
			}
			if (end !== -1 && !/^[ \t]*(?:[ \t]#.*|:(?:[ \t].*)?)?$/.test(rest.slice(end))) return `there is text after a closed value on line ${n + 1}`;
			continue;
		}
		const hash = line.indexOf(" #");
		if (BLOCK_SCALAR.test((hash === -1 ? line : line.slice(0, hash)).trimEnd())) scalarIndent = indentOf(line);
	}
	return null;
}
