/**
 * Which part of a written name is the surname (DESIGN §1.1): `surname:` when
 * given; else the last word with the particles before it (van der Berg,
 * Ó Ceallaigh, bin Salman); Han and Hangul names family name first, a Latin
 * name in parentheses beside one being what letters use. Where the rule can
 * only guess (CJK names, Korean family-first romanisations, Spanish names with
 * two surnames or two given names), the result says so.
 */
import { foldText } from "../text-compare";
import {
	CHINESE_COMPOUND_SURNAMES,
	HONORIFIC_WORDS,
	KOREAN_COMPOUND_SURNAMES,
	KOREAN_SURNAMES,
	PARTICLES,
	PORTUGUESE_PARTICLES,
	SPANISH_GIVEN_NAMES,
	SPANISH_SURNAMES,
	SUFFIX_WORDS,
	SURNAME_JOINERS,
} from "./name-data";

/** Why a surname is a guess. */
export type SurnameGuess = "family-first" | "korean-romanised" | "two-surnames" | "two-given-names";

export interface NameParts {
	/** The name letters use: the Latin name beside a CJK one, without a leading honorific or parentheses. */
	full: string;
	/** The Han or Hangul name beside the Latin one ("王芳" of "王芳 (Wang Fang)"). */
	native?: string;
	/** An honorific the name itself starts with ("Dr." in "Dr. Dana Whitfield"). */
	honorific?: string;
	/** The first given name, when the name shows one. */
	given?: string;
	surname: string;
	/** Set when the surname is a guess. */
	guess?: SurnameGuess;
}

let cjk: RegExp | undefined;
let latin: RegExp | undefined;
// Built on first use: Unicode property escapes are costly to compile at startup.
const cjkRe = (): RegExp => (cjk ??= /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u);
const latinRe = (): RegExp => (latin ??= /\p{Script=Latin}/u);
const isCjk = (s: string): boolean => cjkRe().test(s);

const key = (word: string): string => foldText(word).replace(/\.$/, "");
const words = (s: string): string[] => s.split(/\s+/).filter((w) => w !== "");

const PAREN_RE = /\s*[(（]([^()（）]*)[)）]\s*/g;

/** The CJK name and the Latin one beside it in parentheses, in either order. */
function cjkWithLatin(name: string): { cjk: string; latin: string } | undefined {
	const inside = [...name.matchAll(PAREN_RE)].map((m) => (m[1] ?? "").trim());
	const outside = name.replace(PAREN_RE, " ").trim();
	for (const part of inside) {
		if (isCjk(outside) && !isCjk(part) && latinRe().test(part)) return { cjk: outside, latin: part };
		if (isCjk(part) && !isCjk(outside) && latinRe().test(outside)) return { cjk: part, latin: outside };
	}
	return undefined;
}

/** The family name of a name in Han or Hangul script written without spaces. */
function cjkFamilyName(name: string): string {
	const chars = [...name];
	const two = chars.slice(0, 2).join("");
	if (CHINESE_COMPOUND_SURNAMES.has(two) || KOREAN_COMPOUND_SURNAMES.has(two)) return two;
	// Four or more characters: most often a Japanese name or a compound family name.
	return chars.length >= 4 ? two : (chars[0] ?? name);
}

/** A family-first name: the first word (or characters) is the surname. */
function familyFirst(full: string, script: "cjk" | "latin", guess: SurnameGuess): Omit<NameParts, "honorific"> {
	const w = words(full);
	if (script === "cjk" && w.length === 1) {
		const surname = cjkFamilyName(full);
		const given = full.slice(surname.length);
		return given ? { full, surname, given, guess } : { full, surname, guess };
	}
	const given = w.slice(1).join(" ");
	return given ? { full, surname: w[0] ?? full, given, guess } : { full, surname: w[0] ?? full, guess };
}

/** "Min-jun", "Seo-yeon": a Korean given name romanised with a hyphen. */
const KOREAN_GIVEN_RE = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

const isParticle = (word: string): boolean => PARTICLES.has(key(word));
const looksSpanishSurname = (word: string): boolean => {
	const k = key(word);
	return SPANISH_SURNAMES.has(k) || (k.length > 3 && k.endsWith("ez"));
};

/** Index of the first word of the surname in `w` (Latin script, Western order). */
function surnameStart(w: string[]): number {
	let k = w.length - 1;
	for (;;) {
		const before = w[k - 1];
		if (k - 1 >= 1 && before !== undefined && isParticle(before)) k--;
		else if (k - 2 >= 1 && before !== undefined && SURNAME_JOINERS.has(key(before))) k -= 2;
		else return k;
	}
}

/** Western order: the surname with its particles, and the Spanish guesses. */
function western(full: string, w: string[]): Omit<NameParts, "honorific"> {
	const start = surnameStart(w);
	const surname = w.slice(start).join(" ");
	const given = w[0];
	const parts: Omit<NameParts, "honorific"> = given !== undefined && start > 0 ? { full, given, surname } : { full, surname };
	const before = w.slice(0, start);
	const portuguese = w.some((x) => PORTUGUESE_PARTICLES.has(key(x)));
	const previous = before.at(-1);
	if (before.length < 2 || previous === undefined || portuguese || !(looksSpanishSurname(surname.split(" ").pop() ?? "") || looksSpanishSurname(previous))) {
		return parts;
	}
	if (SPANISH_GIVEN_NAMES.has(key(previous))) return { ...parts, guess: "two-given-names" };
	// "Gabriel García Márquez": the first of two surnames is the one in use, and both together are always right.
	let first = before.length - 1;
	while (first - 1 >= 1 && isParticle(w[first - 1] ?? "")) first--;
	return { ...parts, surname: w.slice(first).join(" "), guess: "two-surnames" };
}

// The same few people are named in many notes and labels: their parts are worked out once.
const known = new Map<string, Readonly<NameParts>>();
const knownWithSurname = new Map<string, Readonly<NameParts>>();
const KNOWN_MAX = 5_000;

/** The parts of `name`; `surname` (the person's field) wins over the rule. The result is shared: never change it. */
export function nameParts(name: string, surname?: string): Readonly<NameParts> {
	const memo = surname === undefined ? known : knownWithSurname;
	const id = surname === undefined ? name : JSON.stringify([name, surname]);
	let parts = memo.get(id);
	if (parts === undefined) {
		if (memo.size >= KNOWN_MAX) memo.clear();
		parts = Object.freeze(partsOfName(name, surname));
		memo.set(id, parts);
	}
	return parts;
}

function partsOfName(name: string, surname?: string): NameParts {
	let text = name.normalize("NFC").replace(/\s+/g, " ").trim();
	const pair = cjkWithLatin(text);
	if (!pair) text = text.replace(PAREN_RE, " ").trim();
	let w = words(pair ? pair.latin : text);
	let honorific: string | undefined;
	while (w.length > 1 && HONORIFIC_WORDS.has(key(w[0] ?? ""))) {
		honorific = honorific ? `${honorific} ${w[0]}` : w[0];
		w = w.slice(1);
	}
	const full = w.join(" ");
	// "Jr.", "PhD" stay in the full name but are never the surname.
	while (w.length > 1 && SUFFIX_WORDS.has(key((w.at(-1) ?? "").replace(/,$/, "")))) w = w.slice(0, -1);
	w = w.map((x) => x.replace(/,$/, ""));
	const core = w.join(" ");
	const finish = (p: Omit<NameParts, "honorific">): NameParts => ({ ...p, full, ...(honorific ? { honorific } : {}), ...(pair ? { native: pair.cjk } : {}) });
	const written = surname?.trim();
	if (written) {
		const first = w.find((x) => !foldText(written).split(" ").includes(key(x)));
		return finish(first !== undefined ? { full, surname: written, given: first } : { full, surname: written });
	}
	if (pair) return finish(familyFirst(core, "latin", "family-first"));
	if (isCjk(core)) return finish(familyFirst(core, "cjk", "family-first"));
	if (w.length <= 1) return finish({ full, surname: core });
	if (w.length === 2 && KOREAN_SURNAMES.has(key(w[0] ?? "")) && KOREAN_GIVEN_RE.test(w[1] ?? "")) {
		return finish(familyFirst(core, "latin", "korean-romanised"));
	}
	return finish(western(core, w));
}
