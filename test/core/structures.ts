/**
 * The three producers of a note's Markdown structure, for tests that must give
 * the same sections through each: remark (the CLI), Obsidian's metadata cache
 * (the plugin, here the stand-in's cache) and the line scan (core).
 */
import { markdownStructureOf } from "../../src/cli/markdown";
import { lineStructure } from "../../src/core/line-structure";
import { sectionEntries, type SectionEntry } from "../../src/core/section-entries";
import type { StructureOf } from "../../src/core/sections";
import { cacheFits, cacheStructure } from "../../src/plugin/note-sections";
import { parseMetadata } from "../mocks/obsidian/metadata-parse";

export type Producer = (text: string) => StructureOf;

function fromCache(text: string): StructureOf {
	const cache = parseMetadata(text);
	if (!cacheFits(cache, text)) throw new Error("The stand-in's cache does not fit the text it was made from.");
	const structure = cacheStructure(cache, 0);
	return () => structure;
}

export const PRODUCERS: [string, Producer][] = [
	["remark", markdownStructureOf],
	["the metadata cache", fromCache],
	["the line scan", (text) => (start, end) => lineStructure(text, start, end)],
];

/** The entries of a whole text (a section's slice), lines from 1. */
export const entriesOf = (produce: Producer, slice: string, foldNested = true): SectionEntry[] =>
	sectionEntries(slice, 0, slice.length, produce(slice)(0, slice.length), { foldNested });
