/** Tone: emoticons and emoji, informal words, negative or needy phrasing. */
import { matchesNotAfter } from "./not-after";
import type { RawFinding } from "./types";

/** ASCII emoticons: a face with eyes (:;=), an optional nose and a mouth, or a heart. */
const EMOTICON_RE = /(?:[:;=]['-]?[)(\][DPpOo|/\\*]|\^_?\^|<3)(?![\w/)(\][])/g;
/** Emoji; ©, ® and ™ are pictographic in Unicode but belong in company names. */
const EMOJI_RE = /(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*|\p{Regional_Indicator}{2}/gu;

export function emoticons(lines: string[]): RawFinding[] {
	const out: RawFinding[] = [];
	lines.forEach((line, i) => {
		// Links and inline code carry colons and brackets that are not faces.
		const prose = line.replace(/`[^`]*`/g, " ").replace(/\]\([^)]*\)/g, "] ").replace(/\b[a-z][\w+.-]*:\/\/\S+/gi, " ");
		const found = new Set([...matchesNotAfter(prose, EMOTICON_RE, /[\w:/<]/), ...prose.matchAll(EMOJI_RE)].map((m) => m[0]));
		for (const face of found) {
			out.push({ rule: "emoticon", line: i + 1, message: `Remove '${face}': emoticons and emoji read as casual in a letter to an employer.` });
		}
	});
	return out;
}

interface Phrase {
	re: RegExp;
	/** What to write instead, or what to do. */
	advice: string;
}

let wordChar: RegExp | undefined;
/** A letter, digit or apostrophe: a phrase must not start right after one. Built on first use. */
const WORD_CHAR = (): RegExp => (wordChar ??= /[\p{L}\p{N}'’]/u);
const w = (source: string): RegExp => new RegExp(`(?:${source})(?![\\p{L}\\p{N}'’])`, "giu");

const INFORMAL: Phrase[] = [
	{ re: w("hey|hiya|howdy|yo"), advice: "open with 'Dear' or 'Hello'" },
	{ re: w("hi there"), advice: "open with 'Dear' and the person's name" },
	{ re: w("awesome|cool|super|amazing|totally|stoked|thrilled to bits"), advice: "use a plainer word such as 'very' or 'excellent', or say what impressed you" },
	{ re: w("gonna|wanna|gotta|kinda|sorta|dunno|lemme|gimme|cuz|coz|tho"), advice: "write the full words" },
	{ re: w("yeah|yep|yup|nope|ya|nah|okey-dokey"), advice: "write 'yes' or 'no'" },
	{ re: w("thanks a (?:ton|bunch|million|lot)|thx|thanx|thnx|ty|tysm"), advice: "write 'thank you'" },
	{ re: w("cheers|ta"), advice: "close with 'Kind regards' or 'Sincerely'" },
	{ re: w("lol|lmao|rofl|haha+|hehe|omg|btw|fyi|tbh|imo|imho|idk|ttyl|np|pls|plz|xoxo|bff"), advice: "write it out in full words or leave it out" },
	{ re: w("asap"), advice: "name a day, or write 'at your convenience'" },
	{ re: w("no worries|no prob(?:lem)?o?|my bad|stuff|guys|folks|gig"), advice: "use a more formal phrase" },
	{ re: w("y'all|ya'll|u r|ur"), advice: "write the full words" },
];

const NEGATIVE: Phrase[] = [
	{ re: w("desperate(?:ly)?|desperation"), advice: "sound confident; say why you fit instead" },
	{ re: w("(?:i )?(?:really |truly )?need this (?:job|role|position)"), advice: "say what you would bring, not what you need" },
	{ re: w("sorry (?:to|for) (?:bother|bothering|pester|pestering|trouble|troubling|chase|chasing)|sorry if i(?:'m| am) (?:bothering|pestering)"), advice: "drop the apology; a polite question needs none" },
	{ re: w("i hope i (?:didn't|did not|wasn't|was not)"), advice: "leave out doubts about how you did" },
	{ re: w("unfortunately,? i"), advice: "state the point plainly, without 'unfortunately'" },
	{ re: w("just (?:checking in|following up|wanted to check|bumping)"), advice: "say what you are asking and refer to the timeline they gave" },
	{ re: w("i (?:still )?(?:haven't|have not|havent) heard (?:back|anything|from you)|still (?:haven't|have not) heard"), advice: "ask about the timeline politely instead of pointing at the silence" },
	{ re: w("why (?:haven't|have not|hasn't|has not|didn't|did not) (?:you|anyone|i)"), advice: "ask politely about the timeline instead" },
	{ re: w("any (?:news|update|updates|word)\\s*\\?{2,}"), advice: "ask once, politely, with one question mark" },
	{ re: w("beg(?:ging)?(?: you)?|please,? please"), advice: "ask once, plainly" },
	{ re: w("i (?:know|realise|realize) i(?:'m| am) (?:not|probably not)|i(?:'m| am) (?:probably )?not (?:the best|good enough|qualified)"), advice: "leave out doubts about yourself; name a strength" },
	{ re: w("i (?:messed up|blew it|screwed up|was (?:so |very )?nervous)"), advice: "leave out the misstep; add what you wish you had said instead" },
	{ re: w("(?:it's|it has|it's already) been (?:weeks|ages|forever)|you (?:said|promised) you would"), advice: "stay patient and courteous; refer to the timeline they gave" },
	{ re: w("i(?:'d| would) do anything"), advice: "show interest in this role specifically" },
];

function phraseFindings(lines: string[], phrases: Phrase[], rule: "informal" | "negative-tone"): RawFinding[] {
	const out: RawFinding[] = [];
	lines.forEach((line, i) => {
		const hits: { at: number; text: string; advice: string }[] = [];
		const straight = line.replace(/[’‘]/g, "'");
		for (const { re, advice } of phrases) {
			for (const m of matchesNotAfter(straight, re, WORD_CHAR())) hits.push({ at: m.index, text: line.slice(m.index, m.index + m[0].length), advice });
		}
		hits.sort((a, b) => a.at - b.at);
		for (const hit of hits) {
			const message =
				rule === "informal"
					? `'${hit.text}' is informal; ${hit.advice}.`
					: `'${hit.text}' sounds needy or negative; ${hit.advice}.`;
			out.push({ rule, line: i + 1, message });
		}
	});
	return out;
}

/** Runs such as "!!", "?!" or "??" read as shouting. */
function punctuation(lines: string[]): RawFinding[] {
	const out: RawFinding[] = [];
	lines.forEach((line, i) => {
		for (const m of line.matchAll(/[!?]{2,}/g)) {
			out.push({ rule: "informal", line: i + 1, message: `'${m[0]}' is informal; end the sentence with a single mark.` });
		}
	});
	return out;
}

export const informal = (lines: string[]): RawFinding[] => [...phraseFindings(lines, INFORMAL, "informal"), ...punctuation(lines)];
export const negativeTone = (lines: string[]): RawFinding[] => phraseFindings(lines, NEGATIVE, "negative-tone");
