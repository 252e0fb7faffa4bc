/**
 * Builds a CachedMetadata from note text the way Obsidian's indexer does, for
 * the parts the stand-in models: frontmatter, frontmatter links, headings,
 * inline tags, sections, list items, wiki and Markdown links. Positions carry
 * line, col and offset. Sections and list items come from a Markdown parser
 * (metadata-blocks.ts), computed when first read: a vault of thousands of
 * notes indexes fast.
 */
import type * as Real from "obsidian";
import { blockCaches } from "./metadata-blocks";
import { getFrontMatterInfo, parseYaml } from "./yaml";

interface Line {
	text: string;
	offset: number;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let offset = 0;
	for (const raw of text.split("\n")) {
		lines.push({ text: raw.replace(/\r$/, ""), offset });
		offset += raw.length + 1;
	}
	return lines;
}

function pos(lines: Line[], startLine: number, startCol: number, endLine: number, endCol: number): Real.Pos {
	const s = lines[startLine]!;
	const e = lines[endLine]!;
	return {
		start: { line: startLine, col: startCol, offset: s.offset + startCol },
		end: { line: endLine, col: endCol, offset: e.offset + endCol },
	};
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TAG = /(^|[\s,;(])#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;
const WIKILINK = /(!?)\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g;
/** A property value that is one wiki link, as the Properties editor writes it: "[[Dana Whitfield]]". */
const FRONTMATTER_LINK = /^\[\[([^\]|]+)(?:\|([^\]]*))?\]\]$/;

/**
 * CachedMetadata.frontmatterLinks (obsidian.d.ts, since 1.4.0): one
 * FrontmatterLinkCache per link in a property, `key` naming where it sits
 * ("contact", "interviewers.0", "interviewers.1.name"), `link` the linktext
 * (path and subpath, no alias), `displayText` the alias when there is one.
 */
function frontmatterLinks(value: unknown, key: string, out: Real.FrontmatterLinkCache[]): void {
	if (typeof value === "string") {
		const m = FRONTMATTER_LINK.exec(value.trim());
		if (m) out.push({ key, link: m[1]!.trim(), original: value.trim(), displayText: m[2] ?? m[1]!.trim() });
	} else if (Array.isArray(value)) value.forEach((v, i) => frontmatterLinks(v, key ? `${key}.${i}` : String(i), out));
	else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) frontmatterLinks(v, key ? `${key}.${k}` : k, out);
}

export function parseMetadata(text: string): Real.CachedMetadata {
	const lines = splitLines(text);
	const cache: Real.CachedMetadata = {};
	const headings: Real.HeadingCache[] = [];
	const tags: Real.TagCache[] = [];
	const links: Real.LinkCache[] = [];
	const embeds: Real.EmbedCache[] = [];
	let i = 0;

	const fm = getFrontMatterInfo(text);
	if (fm.exists) {
		const endLine = text.slice(0, fm.to).split("\n").length - 1;
		cache.frontmatterPosition = pos(lines, 0, 0, endLine, 3);
		try {
			const data = parseYaml(fm.frontmatter);
			if (data && typeof data === "object" && !Array.isArray(data)) {
				cache.frontmatter = data;
				const found: Real.FrontmatterLinkCache[] = [];
				frontmatterLinks(data, "", found);
				if (found.length) cache.frontmatterLinks = found;
			}
		} catch {
			// Obsidian keeps the position but no frontmatter object when the YAML is broken.
		}
		i = endLine + 1;
	}

	const inlineRefs = (ln: number): void => {
		const t = lines[ln]!.text;
		for (const m of t.matchAll(TAG)) {
			const col = m.index + m[1]!.length;
			tags.push({ tag: `#${m[2]!}`, position: pos(lines, ln, col, ln, col + m[2]!.length + 1) });
		}
		for (const m of t.matchAll(WIKILINK)) {
			// `link` is the whole linktext, subpath included ("Note#Heading"): getLinkpath() takes the path from it.
			const ref = { link: m[2]!.trim(), original: m[0], displayText: m[3] ?? m[2]!.trim(), position: pos(lines, ln, m.index, ln, m.index + m[0].length) };
			(m[1] ? embeds : links).push(ref);
		}
	};

	while (i < lines.length) {
		const t = lines[i]!.text;
		if (t.trim() === "") {
			i++;
			continue;
		}
		const fence = FENCE.exec(t);
		const heading = HEADING.exec(t);
		if (fence) {
			const marker = fence[1]!;
			i++;
			while (i < lines.length && !lines[i]!.text.trimStart().startsWith(marker)) i++;
			if (i >= lines.length) i = lines.length - 1;
			i++;
		} else if (heading) {
			headings.push({ heading: heading[2]!, level: heading[1]!.length, position: pos(lines, i, 0, i, t.length) });
			inlineRefs(i);
			i++;
		} else {
			const start = i;
			while (i < lines.length && lines[i]!.text.trim() !== "" && (i === start || (!HEADING.test(lines[i]!.text) && !FENCE.test(lines[i]!.text)))) {
				inlineRefs(i);
				i++;
			}
		}
	}

	if (headings.length) cache.headings = headings;
	if (tags.length) cache.tags = tags;
	if (links.length) cache.links = links;
	if (embeds.length) cache.embeds = embeds;
	let blocks: ReturnType<typeof blockCaches> | null = null;
	const parsed = (): ReturnType<typeof blockCaches> => {
		if (!blocks) {
			blocks = blockCaches(text, fm.exists ? fm.contentStart : 0);
			if (cache.frontmatterPosition) blocks.sections.unshift({ type: "yaml", position: cache.frontmatterPosition });
		}
		return blocks;
	};
	const lazy = (key: "sections" | "listItems"): void =>
		void Object.defineProperty(cache, key, { enumerable: true, configurable: true, get: () => (parsed()[key].length ? parsed()[key] : undefined) });
	lazy("sections");
	lazy("listItems");
	return cache;
}

/** Obsidian's getAllTags: frontmatter tags (with '#') then inline tags. */
export function getAllTags(cache: Real.CachedMetadata): string[] | null {
	const out = (parseFrontMatterTags(cache.frontmatter) ?? []).concat((cache.tags ?? []).map((t) => t.tag));
	return out.length ? out : null;
}

export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
	const found = parseFrontMatterStringArray(frontmatter, /^tags?$/i);
	return found ? found.map((t) => (t.startsWith("#") ? t : `#${t}`)) : null;
}

export function parseFrontMatterStringArray(frontmatter: unknown, key: string | RegExp): string[] | null {
	if (!frontmatter || typeof frontmatter !== "object") return null;
	const out: string[] = [];
	for (const [k, v] of Object.entries(frontmatter)) {
		if (typeof key === "string" ? k !== key : !key.test(k)) continue;
		const values: unknown[] = Array.isArray(v) ? v : typeof v === "string" ? v.split(/[,\s]+/) : [];
		for (const x of values) if (typeof x === "string" && x.trim()) out.push(x.trim());
	}
	return out.length ? out : null;
}
