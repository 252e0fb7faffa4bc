/**
 * Minimal text splices into a frontmatter block: the CLI never re-serialises
 * YAML, so comments, quoting and layout of every other key stay as written.
 * The splice is driven by the difference between the parsed frontmatter and
 * the edited copy; whatever it cannot place safely, it refuses (null).
 */

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A value as YAML text: dates and plain words unquoted, anything else as a JSON string. */
function scalar(v: unknown): string | null {
	if (typeof v !== "string") return typeof v === "number" || typeof v === "boolean" ? String(v) : null;
	return /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/.test(v) || /^[a-z][a-z-]*$/.test(v) ? v : JSON.stringify(v);
}

const keyLine = (key: string): RegExp => new RegExp(`^(?:${key}|"${key}"|'${key}'):(?=\\s|$)`);

/** [start, end) of top-level `key`'s lines, or null when absent. */
function keyRange(lines: string[], key: string): [number, number] | null {
	const start = lines.findIndex((l) => keyLine(key).test(l));
	if (start < 0) return null;
	let end = start + 1;
	while (end < lines.length && /^(?:\s|- |-$|#|$)/.test(lines[end] ?? "")) end++;
	while (end > start + 1 && (lines[end - 1] ?? "").trim() === "") end--;
	return [start, end];
}

/** `key: value`, keeping a comment that followed an empty value. */
function setTop(lines: string[], key: string, value: unknown): boolean {
	const text = scalar(value);
	if (text === null) return false;
	const range = keyRange(lines, key);
	if (!range) {
		lines.push(`${key}: ${text}`);
		return true;
	}
	const [start, end] = range;
	const comment = / #.*$/.exec(lines[start] ?? "")?.[0] ?? "";
	lines.splice(start, end - start, `${key}: ${text}${comment}`);
	return true;
}

/** Appends one scalar to the list at `key` (flow, block, a single value, or none yet). */
function appendTo(lines: string[], key: string, old: unknown, value: unknown): boolean {
	const text = scalar(value);
	if (text === null) return false;
	const range = keyRange(lines, key);
	if (!range) {
		lines.push(`${key}: [${text}]`);
		return true;
	}
	const [start, end] = range;
	const head = lines[start] ?? "";
	const rest = head.replace(keyLine(key), "").replace(/\s+#.*$/, "").trim();
	if (rest.startsWith("[") && rest.endsWith("]") && end === start + 1) {
		const inner = rest.slice(1, -1).trim();
		lines[start] = `${key}: [${inner === "" ? text : `${inner}, ${text}`}]`;
		return true;
	}
	if (rest === "" && end > start + 1) {
		const items = lines.slice(start + 1, end).filter((l) => /^\s*- /.test(l));
		const indent = /^(\s*)- /.exec(items[0] ?? "")?.[1] ?? "  ";
		lines.splice(end, 0, `${indent}- ${text}`);
		return true;
	}
	if (!Array.isArray(old) && rest !== "" && end === start + 1) {
		lines[start] = `${key}: [${rest}, ${text}]`;
		return true;
	}
	if (rest === "" && end === start + 1) {
		lines[start] = `${key}: [${text}]`;
		return true;
	}
	return false;
}

/**
 * Sets `field` on item `index` of the block list at `key`. A scalar item
 * (`- Writing sample`, `- "[[Dana Whitfield]]"`) becomes a mapping under `asKey`.
 */
function setInItem(lines: string[], key: string, index: number, field: string, value: unknown, asKey: string | null): boolean {
	const text = scalar(value);
	const range = keyRange(lines, key);
	if (text === null || !range) return false;
	const [start, end] = range;
	const itemLines: number[] = [];
	let indent: string | undefined;
	for (let i = start + 1; i < end; i++) {
		const m = /^(\s*)- /.exec(lines[i] ?? "") ?? /^(\s*)-$/.exec(lines[i] ?? "");
		if (m && (indent === undefined || m[1] === indent)) {
			indent ??= m[1] ?? "";
			itemLines.push(i);
		}
	}
	const at = itemLines[index];
	if (at === undefined || indent === undefined) return false;
	const stop = itemLines[index + 1] ?? end;
	const first = lines[at] ?? "";
	const content = first.slice(indent.length + 2);
	const inner = `${indent}  `;
	if (/^[{[]/.test(content.trim()) || content.trim() === "|" || content.trim() === ">") return false;
	const isPair = /^[^\s"'#][^:#]*:(?:\s|$)/.test(content) || /^["'][^"']*["']:(?:\s|$)/.test(content);
	if (!isPair) {
		if (asKey === null) return false;
		lines.splice(at, 1, `${indent}- ${asKey}: ${content}`, `${inner}${field}: ${text}`);
		return true;
	}
	for (let i = at; i < stop; i++) {
		const line = i === at ? `${inner}${content}` : (lines[i] ?? "");
		if (new RegExp(`^${inner}${field}:(?=\\s|$)`).test(line)) {
			const comment = / #.*$/.exec(line)?.[0] ?? "";
			lines[i] = `${i === at ? `${indent}- ` : inner}${field}: ${text}${comment}`;
			return true;
		}
	}
	let last = stop - 1;
	while (last > at && (lines[last] ?? "").trim() === "") last--;
	lines.splice(last + 1, 0, `${inner}${field}: ${text}`);
	return true;
}

/** Top-level keys whose values differ between `before` and `after`. */
const changedKeys = (before: Rec, after: Rec): string[] =>
	[...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));

/**
 * The frontmatter lines with `after`'s changes spliced in, or null when a
 * change is not one of the shapes the edits make (a scalar key, one more list
 * entry, one field set on one list item).
 */
export function spliceChanges(lines: readonly string[], before: Rec, after: Rec): string[] | null {
	const out = [...lines];
	for (const key of changedKeys(before, after)) {
		const old = before[key];
		const now = after[key];
		if (!(key in after)) return null;
		if (!Array.isArray(now)) {
			if (!setTop(out, key, now)) return null;
			continue;
		}
		const list = Array.isArray(old) ? old : old === undefined || old === null || old === "" ? [] : [old];
		if (now.length === list.length + 1 && list.every((v, i) => JSON.stringify(v) === JSON.stringify(now[i]))) {
			if (!appendTo(out, key, old, now[now.length - 1])) return null;
			continue;
		}
		if (!Array.isArray(old) || now.length !== old.length) return null;
		const diff = now.map((v, i) => i).filter((i) => JSON.stringify(now[i]) !== JSON.stringify(old[i]));
		const i = diff[0];
		if (i === undefined || diff.length !== 1) return null;
		const was: unknown = old[i];
		const is: unknown = now[i];
		if (!isRec(is)) return null;
		const wasRec = isRec(was) ? was : null;
		const asKey = wasRec ? null : Object.keys(is).find((k) => is[k] === was) ?? null;
		const fields = Object.keys(is).filter((f) => f !== asKey && JSON.stringify(is[f]) !== JSON.stringify(wasRec?.[f]));
		for (const f of fields) if (!setInItem(out, key, i, f, is[f], asKey)) return null;
	}
	return out;
}
