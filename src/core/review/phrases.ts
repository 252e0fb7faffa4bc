/**
 * Informal and needy phrasing for the tone rules. Sources are matched case
 * insensitively on a line whose curly apostrophes are made straight; use only
 * (?:…) groups inside (tone.ts numbers the phrases by their group).
 */

export interface Phrase {
	source: string;
	/** What to write instead, or what to do. */
	advice: string;
}

export const INFORMAL: readonly Phrase[] = [
	{ source: "hey|hiya|howdy|yo", advice: "open with 'Dear' or 'Hello'" },
	{ source: "hi there", advice: "open with 'Dear' and the person's name" },
	{ source: "awesome|cool|super|amazing|totally|stoked|thrilled to bits", advice: "use a plainer word such as 'very' or 'excellent', or say what impressed you" },
	{ source: "gonna|wanna|gotta|kinda|sorta|dunno|lemme|gimme|cuz|coz|tho", advice: "write the full words" },
	{ source: "yeah|yep|yup|nope|ya|nah|okey-dokey", advice: "write 'yes' or 'no'" },
	{ source: "thanks a (?:ton|bunch|million|lot)|thx|thanx|thnx|ty|tysm", advice: "write 'thank you'" },
	{ source: "cheers|ta", advice: "close with 'Kind regards' or 'Sincerely'" },
	{ source: "lol|lmao|rofl|haha+|hehe|omg|btw|fyi|tbh|imo|imho|idk|ttyl|np|pls|plz|xoxo|bff", advice: "write it out in full words or leave it out" },
	{ source: "asap", advice: "name a day, or write 'at your convenience'" },
	{ source: "no worries|no prob(?:lem)?o?|my bad|stuff|guys|folks|gig", advice: "use a more formal phrase" },
	{ source: "y'all|ya'll|u r|ur", advice: "write the full words" },
];

/** "I'm"/"I am", "you'll"/"you will" and the like, each way round. */
const I_AM = "i(?:'m| am)";
const YOU_WILL = "you(?:'ll| will|'d| would)?";
const DID_NOT = "(?:didn't|did not|couldn't|could not|wasn't|was not)";
/** What a candidate apologises for about their own interview. */
const MISSTEP = [
	"rambl(?:e|ed|ing)",
	"went on(?: for)? too long|(?:talked|talking) too much|babbl(?:ed|ing)|waffl(?:ed|ing)",
	"(?:was|were|seemed|being|seeming) (?:so |too |a bit |a little |very )?(?:nervous|unclear|awkward|unprepared|long-winded|all over the place)",
	"(?:my )?nerves",
	"(?:my )?(?:weak|poor|bad|rambling|long-winded) answers?",
	`${DID_NOT} (?:answer|explain|remember|think of|do (?:better|well))`,
	"(?:messed|mixed) up|stumbl(?:ed|ing)|froze|blanked",
].join("|");

export const NEGATIVE: readonly Phrase[] = [
	{ source: "desperate(?:ly)?|desperation", advice: "sound confident; say why you fit instead" },
	{ source: "(?:i )?(?:really |truly )?need this (?:job|role|position)", advice: "say what you would bring, not what you need" },
	{
		source: `sorry (?:to|for) (?:bother|bothering|pester|pestering|trouble|troubling|chase|chasing)|sorry if ${I_AM} (?:bothering|pestering)`,
		advice: "drop the apology; a polite question needs none",
	},
	{
		source: `(?:(?:${I_AM} )?(?:so |very |really )?sorry|(?:my )?apologies|i apologi[sz]e|forgive me)(?: again)?(?: (?:if|that|for|about))? (?:i |my )?(?:${MISSTEP})`,
		advice: "leave out the apology; they remember what you said, so add the point you wish you had made instead",
	},
	{ source: `i hope i ${DID_NOT}`, advice: "leave out doubts about how you did" },
	{
		source: `(?:i )?(?:really |truly |so |sincerely ){0,3}hope ${YOU_WILL} ?(?:pick|choose|select|hire) me|please (?:pick|choose|select|hire) me`,
		advice: "state your interest and what you would bring; leave the choice to them",
	},
	{
		source: "(?:i )?(?:really |truly |so ){0,3}hope (?:i|i'll|i will) (?:get|land|win) (?:it|this one|the (?:job|role|position|offer))",
		advice: "say you look forward to hearing about next steps",
	},
	{ source: "(?:please )?give me a chance|(?:this|the) (?:job|role|position) (?:would mean|means) (?:everything|the world|so much) to me|you(?:'re| are) my (?:only|last) hope", advice: "say what you would bring, not what you need" },
	{ source: "unfortunately,? i", advice: "state the point plainly, without 'unfortunately'" },
	{ source: "just (?:checking in|following up|wanted to check|bumping)", advice: "say what you are asking and refer to the timeline they gave" },
	{ source: "i (?:still )?(?:haven't|have not|havent) heard (?:back|anything|from you)|still (?:haven't|have not) heard", advice: "ask about the timeline politely instead of pointing at the silence" },
	{ source: "why (?:haven't|have not|hasn't|has not|didn't|did not) (?:you|anyone|i)", advice: "ask politely about the timeline instead" },
	{ source: "any (?:news|update|updates|word) ?\\?{2,}", advice: "ask once, politely, with one question mark" },
	{ source: "beg(?:ging)?(?: you)?|please,? please", advice: "ask once, plainly" },
	{
		source: `i (?:know|realise|realize) ${I_AM} (?:not|probably not)|${I_AM} (?:probably )?not (?:the best|good enough|qualified)|${I_AM} sure (?:you have|you've|there are) (?:better|stronger|more qualified)|i (?:don't|do not) think i did (?:well|great|my best)`,
		advice: "leave out doubts about yourself; name a strength",
	},
	{ source: "i (?:messed up|blew it|screwed up|was (?:so |very )?nervous)", advice: "leave out the misstep; add what you wish you had said instead" },
	{ source: "(?:it's|it has|it's already) been (?:weeks|ages|forever)|you (?:said|promised) you would", advice: "stay patient and courteous; refer to the timeline they gave" },
	{ source: "i(?:'d| would|'ll| will) do (?:anything|whatever it takes)", advice: "show interest in this role specifically" },
];
