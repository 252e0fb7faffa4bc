/**
 * Turning what the user jotted in a note into words that sit inside a letter's
 * sentence: Markdown marks removed, the note's "they" turned to "you" when the
 * letter goes to them, trailing punctuation dropped, dates spelt out.
 */

/** Inline Markdown as a reader would see it: links, emphasis, code and highlights reduced to their words. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/!?\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
		.replace(/!?\[\[([^\]#|]*)(?:#[^\]]*)?\]\]/g, "$1")
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/`([^`]*)`/g, "$1")
		.replace(/(\*\*|__|==|~~)(\S(?:[\s\S]*?\S)?)\1/g, "$2")
		.replace(/(^|[^\w*])\*(\S(?:[^*]*?\S)?)\*(?![\w*])/g, "$1$2")
		.replace(/(^|\W)_(\S(?:[^_]*?\S)?)_(?!\w)/g, "$1$2")
		.replace(/\s+/g, " ")
		.trim();
}

const YOU_FORMS: Record<string, string> = {
	"they're": "you're",
	"they've": "you've",
	"they'll": "you'll",
	"they'd": "you'd",
	themselves: "yourselves",
	theirs: "yours",
	their: "your",
	them: "you",
	they: "you",
};

/**
 * A note written about the employer ("their warehouse moves…") read out to the
 * employer ("your warehouse moves…"). "They" and "you" take the same verb forms.
 */
export function toSecondPerson(text: string): string {
	return text.replace(/\b(they're|they've|they'll|they'd|themselves|theirs|their|them|they)\b/gi, (word) => {
		const you = YOU_FORMS[word.toLowerCase()] ?? word;
		return word[0] === word[0]?.toUpperCase() ? you.charAt(0).toUpperCase() + you.slice(1) : you;
	});
}

/** Sentence openers that are not names, so they may start lower-case inside a sentence. */
const COMMON_OPENERS = new Set(
	("a an the this that these those there it its their they them your you our we my how what why when where who which " +
		"one two three some many most more all every each another his her he she in on at for with about to from by after " +
		"before during learning hearing working seeing meeting talking being having getting using")
		.split(" "),
);

/**
 * A note's entry ready to follow "…: " or "… ties to " in a sentence: plain
 * text, no closing punctuation, a common first word in lower case (names keep
 * their capitals).
 */
export function inSentence(markdown: string): string {
	const text = plainText(markdown).replace(/[\s.;:,!]+$/, "");
	const first = /^[A-Za-z']+/.exec(text)?.[0] ?? "";
	if (first !== "" && COMMON_OPENERS.has(first.toLowerCase()) && first.slice(1) === first.slice(1).toLowerCase()) {
		return text.charAt(0).toLowerCase() + text.slice(1);
	}
	return text;
}

const OWN_OPENERS = new Set(["my", "the", "a", "an", "our", "how", "what", "why", "when", "where", "which", "that", "this", "those", "these"]);

/**
 * What a highlight ties to, after "ties to": "my routing project at Contoso"
 * as written; "my" added to "routing project at Contoso", "my work" to
 * "launching the tablet edition", and "I led…" put in brackets.
 */
export function ownExperience(tiesTo: string): string {
	const text = inSentence(tiesTo);
	const first = /^[A-Za-z']+/.exec(text)?.[0] ?? "";
	if (first === "I" || first.startsWith("I'")) return `my own experience ${inBrackets(text)}`;
	if (OWN_OPENERS.has(first.toLowerCase())) return text;
	// "launching the tablet edition" is an action (my work launching…); "routing project" a thing (my routing project).
	if (/^[a-z]+ing\s+(?:the|a|an|my|our|their|its|this|that|these|those|new)\b/.test(text)) return `my work ${text}`;
	return `my ${text}`;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A note's sentence about the reader, said to the reader: "Dana's team…" and
 * "Ms. Whitfield explained…" become "your team…" and "you explained…".
 * `names` are the ways the note may name them, e.g. full name, "Ms. Whitfield", first name, surname.
 */
export function addressedToReader(text: string, names: string[]): string {
	const forms = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 1))].sort((a, b) => b.length - a.length);
	if (forms.length === 0) return text;
	const re = new RegExp(`(^|[^\\w])(?:${forms.map(escapeRe).join("|")})('s|’s)?(?!\\w)( [a-z]+\\b)?`, "g");
	return text.replace(re, (_m, before: string, possessive: string | undefined, next: string | undefined, offset: number) => {
		if (possessive) return `${before}your${next ?? ""}`;
		// As the subject of a sentence, the verb follows "you": "Ms. Chen wants" -> "you want".
		const subject = /(?:^|[.!?;:]\s*)$/.test(text.slice(0, offset) + before);
		const verb = next && subject ? ` ${verbForYou(next.trim())}` : (next ?? "");
		return `${before}you${verb}`;
	});
}

const IRREGULAR: Record<string, string> = { is: "are", was: "were", has: "have", does: "do", goes: "go" };
const NOT_VERBS = new Set(["always", "sometimes", "perhaps", "also", "thus", "plus", "as", "us", "this", "his", "its"]);

/** The form of a present-tense verb after "you": "wants" -> "want", "carries" -> "carry"; others unchanged. */
export function verbForYou(word: string): string {
	const irregular = IRREGULAR[word];
	if (irregular) return irregular;
	if (NOT_VERBS.has(word) || word.length < 3 || /(?:ss|us|is)$/.test(word)) return word;
	if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
	if (/(?:sh|ch|x|z|ss|o)es$/.test(word)) return word.slice(0, -2);
	if (word.endsWith("s")) return word.slice(0, -1);
	return word;
}

const ITEM_ARTICLES = /^(?:a|an|the|my|your|our)\s+/i;

/** "writing sample" from "Writing sample" or "A writing sample", to follow "the". */
export function itemAfterThe(item: string): string {
	const text = plainText(item).replace(ITEM_ARTICLES, "").replace(/[\s.;:,!]+$/, "");
	const first = /^[A-Za-z]+/.exec(text)?.[0] ?? "";
	const lowerRest = first.length > 1 && first.slice(1) === first.slice(1).toLowerCase();
	return lowerRest ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** "Writing sample" for a subject line. */
export function capitalised(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A", "A and B", "A, B or C". */
export function listOf(parts: string[], conjunction = "and"): string {
	if (parts.length <= 1) return parts[0] ?? "";
	return `${parts.slice(0, -1).join(", ")} ${conjunction} ${parts[parts.length - 1] ?? ""}`;
}

/**
 * "Lead: point." A colon inside the point becomes a dash, so that a sentence
 * never holds two colons ("…: the route-planning switch" -> "… — the route-planning switch").
 * Placeholders ("[TODO: …]") are left as they are.
 */
export function introduce(lead: string, point: string): string {
	const parts = point.split(/(\[TODO:[^\]\n]*\])/);
	const text = parts.map((part, i) => (i % 2 === 1 ? part : part.replace(/\s*:\s+/g, " — "))).join("");
	return `${lead}: ${text}.`;
}

/**
 * " (text)" for an aside, with brackets inside the text flattened to commas, so that
 * "Visiting Fellow, Operations Research (Trinity partnership)" never nests brackets.
 */
export function inBrackets(text: string): string {
	const flat = text.replace(/\s*\(\s*([^()]*?)\s*\)/g, ", $1").replace(/[()]/g, "").replace(/\s+/g, " ").trim();
	return `(${flat})`;
}
