/**
 * The CLI's spelling dictionary for review: nspell with dictionary-en, loaded
 * on first use (building it takes a few hundred milliseconds, so only review
 * pays, and only once per process). The plugin never imports this file: it
 * leaves spelling to Obsidian's editor. In the built CLI the dictionary's
 * files are inlined by scripts/build-cli.mjs (the package reads them with a
 * top-level await, which a CommonJS bundle cannot hold).
 */
import type { Speller } from "../core/review";

let loading: Promise<Speller> | undefined;

const text = (data: Uint8Array | string): string => (typeof data === "string" ? data : new TextDecoder().decode(data));

async function load(): Promise<Speller> {
	const [{ default: nspell }, { default: dictionary }] = await Promise.all([import("nspell"), import("dictionary-en")]);
	const spell = nspell({ aff: text(dictionary.aff), dic: text(dictionary.dic) });
	return { correct: (word) => spell.correct(word) };
}

/** The English dictionary; rejects when it cannot be loaded. */
export function englishSpeller(): Promise<Speller> {
	loading ??= load();
	return loading;
}
