/**
 * The kind of a letter recognised from its words, for a draft whose
 * frontmatter does not say (DESIGN §3.3: the `kind` key, else `--kind`, else
 * the text). Each kind has weighted cues a letter of that kind says in some
 * form; a kind needs a weight of 2, the heaviest wins, ties going to the more
 * particular kind (table order). A thank-you is what remains when a letter
 * thanks and says nothing more particular. A kind with no cues here is never
 * recognised, only taken from `kind:` or `--kind`.
 */
import { isLetterKind, type LetterKind } from "../letters/kinds";

/** A cue and its weight: 2 says the kind by itself, 1 needs another cue beside it. */
type Cue = [RegExp, 1 | 2];

/** Most particular first, for ties: a withdrawal also thanks, a status check also says it remains interested. */
const CUES: [LetterKind, Cue[]][] = [
	[
		"withdrawal",
		[
			[/\bwithdraw(?:ing|n|al)?\b/, 2],
			[/\bno longer (?:wish|want) to be considered\b/, 2],
			[/\bremove me from (?:your )?consideration\b/, 2],
			[/\b(?:accepted|taken|decided to accept) (?:another|a different) (?:offer|position|role|job)\b/, 2],
		],
	],
	[
		"reference-heads-up",
		[
			[/\bas (?:a|one of my) references?\b/, 2],
			[/\b(?:given|gave|passed on|shared) your (?:name|details|contact details|number)\b/, 2],
			[/\bmay (?:hear from|be contacted by|get a call from)\b/, 1],
			[/\bspeak (?:for|on behalf of) me\b/, 1],
			[/\breference (?:call|check)\b/, 1],
		],
	],
	[
		"rejection-thanks",
		[
			[/\b(?:letting me know|telling me|informing me of) (?:your|the) (?:decision|outcome|news)\b/, 2],
			[/\b(?:go|move|proceed|went|moved|going|moving) (?:ahead |forward )?with another (?:candidate|applicant)\b/, 2],
			[/\b(?:not|un)successful\b/, 1],
			[/\bdisappointed\b/, 1],
			[/\b(?:future|other) (?:roles|openings|opportunities|vacancies|positions)\b/, 1],
			[/\bthe new hire\b/, 1],
		],
	],
	[
		"offer-thanks",
		[
			[/\bthank you (?:very much |so much )?for (?:the|your) (?:kind |generous |job )?offer\b/, 2],
			[/\b(?:the|your) (?:kind |generous |formal |job )?offer (?:of|for) the\b/, 2],
			[/\b(?:my|an) (?:answer|decision|reply|response) (?:by|before|no later than)\b/, 1],
			[/\b(?:delighted|thrilled|pleased) to (?:have been|be) (?:chosen|offered|selected)\b/, 1],
		],
	],
	[
		"materials",
		[
			[/\b(?:i attach|i enclose|i have attached|please find (?:attached|enclosed)|attached (?:is|are))\b/, 1],
			[/\bas (?:you )?(?:asked|requested|promised)\b/, 1],
		],
	],
	[
		"connection-update",
		[
			[/\b(?:wanted to let you know|thought you would like to know|wanted you to hear)\b/, 1],
			[/\bi (?:interviewed|had an interview|had my interview)\b/, 1],
			[/\blet you know how it (?:turns out|goes|went)\b/, 1],
		],
	],
	[
		"request-progress",
		[
			[/\byou (?:asked|requested) (?:me )?for\b/, 1],
			[/\b(?:still|currently) (?:putting|preparing|working on|gathering|finishing|completing)\b/, 1],
			[/\bi will send (?:it|them|the \w+)(?: to you)? (?:by|on|within|before)\b/, 1],
			[/\ban update on the (?!timeline|decision|process|hiring)\w+/, 1],
		],
	],
	[
		"status-check",
		[
			[/\bwhether (?:there is|there's|you have) (?:any )?(?:news|an update|word)\b/, 2],
			[/\b(?:where|how) (?:things|the process|matters|the decision) (?:stands?|is going)\b/, 2],
			[/\bupdate on (?:the |your )?(?:timeline|decision|process|hiring)\b/, 2],
			[/\b(?:any|the latest) (?:news|word|update)\b/, 1],
			[/\bfollow(?:ing)?[ -]up\b/, 1],
			[/\b(?:reach|reached|make|made) a decision\b/, 1],
			[/\bdecision (?:by|on|date)\b/, 1],
		],
	],
];

/** Enough of a letter to know its kind; a long text is judged by its start. */
const HEAD = 20_000;

export function recognizeKind(text: string): LetterKind | undefined {
	const head = text.slice(0, HEAD).toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'").replace(/\s+/g, " ");
	let best: { kind: LetterKind; score: number } | undefined;
	for (const [kind, cues] of CUES) {
		if (!isLetterKind(kind)) continue;
		const score = cues.reduce((sum, [re, weight]) => sum + (re.test(head) ? weight : 0), 0);
		if (score >= 2 && (!best || score > best.score)) best = { kind, score };
	}
	if (best) return best.kind;
	return /\bthank(?:s| you)\b/.test(head) ? "thank-you" : undefined;
}
