/**
 * Informal and needy phrasing for the tone rules. Sources are matched case
 * insensitively on a line whose curly apostrophes are made straight; use only
 * (?:…) groups inside (tone.ts numbers the phrases by their group).
 */

/** A phrase's regex source, and what to write instead or what to do. */
export type Phrase = readonly [source: string, advice: string];

export const INFORMAL: readonly Phrase[] = [
	["hey|hiya|howdy|yo", "open with 'Dear' or 'Hello'"],
	["hi there", "open with 'Dear' and the person's name"],
	["awesome|cool|super|amazing|totally|stoked|thrilled to bits", "use a plainer word such as 'very' or 'excellent', or say what impressed you"],
	["gonna|wanna|gotta|kinda|sorta|dunno|lemme|gimme|cuz|coz|tho", "write the full words"],
	["yeah|yep|yup|nope|ya|nah|okey-dokey", "write 'yes' or 'no'"],
	["thanks a (?:ton|bunch|million|lot)|thx|thanx|thnx|ty|tysm", "write 'thank you'"],
	["cheers|ta", "close with 'Kind regards' or 'Sincerely'"],
	["lol|lmao|rofl|haha+|hehe|omg|btw|fyi|tbh|imo|imho|idk|ttyl|np|pls|plz|xoxo|bff", "write it out in full words or leave it out"],
	["asap", "name a day, or write 'at your convenience'"],
	["no worries|no prob(?:lem)?o?|my bad|stuff|guys|folks|gig", "use a more formal phrase"],
	["y'all|ya'll|u r|ur", "write the full words"],
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
	["desperate(?:ly)?|desperation", "sound confident; say why you fit instead"],
	["(?:i )?(?:really |truly )?need this (?:job|role|position)", "say what you would bring, not what you need"],
	[
		`sorry (?:to|for) (?:bother|bothering|pester|pestering|trouble|troubling|chase|chasing)|sorry if ${I_AM} (?:bothering|pestering)`,
		"drop the apology; a polite question needs none",
	],
	[
		`(?:(?:${I_AM} )?(?:so |very |really )?sorry|(?:my )?apologies|i apologi[sz]e|forgive me)(?: again)?(?: (?:if|that|for|about))? (?:i |my )?(?:${MISSTEP})`,
		"leave out the apology; they remember what you said, so add the point you wish you had made instead",
	],
	[`i hope i ${DID_NOT}`, "leave out doubts about how you did"],
	[
		`(?:i )?(?:really |truly |so |sincerely ){0,3}hope ${YOU_WILL} ?(?:pick|choose|select|hire) me|please (?:pick|choose|select|hire) me`,
		"state your interest and what you would bring; leave the choice to them",
	],
	[
		"(?:i )?(?:really |truly |so ){0,3}hope (?:i|i'll|i will) (?:get|land|win) (?:it|this one|the (?:job|role|position|offer))",
		"say you look forward to hearing about next steps",
	],
	["(?:please )?give me a chance|(?:this|the) (?:job|role|position) (?:would mean|means) (?:everything|the world|so much) to me|you(?:'re| are) my (?:only|last) hope", "say what you would bring, not what you need"],
	["unfortunately,? i", "state the point plainly, without 'unfortunately'"],
	["just (?:checking in|following up|wanted to check|bumping)", "say what you are asking and refer to the timeline they gave"],
	["i (?:still )?(?:haven't|have not|havent) heard (?:back|anything|from you)|still (?:haven't|have not) heard", "ask about the timeline politely instead of pointing at the silence"],
	["why (?:haven't|have not|hasn't|has not|didn't|did not) (?:you|anyone|i)", "ask politely about the timeline instead"],
	["any (?:news|update|updates|word) ?\\?{2,}", "ask once, politely, with one question mark"],
	["beg(?:ging)?(?: you)?|please,? please", "ask once, plainly"],
	[
		`i (?:know|realise|realize) ${I_AM} (?:not|probably not)|${I_AM} (?:probably )?not (?:the best|good enough|qualified)|${I_AM} sure (?:you have|you've|there are) (?:better|stronger|more qualified)|i (?:don't|do not) think i did (?:well|great|my best)`,
		"leave out doubts about yourself; name a strength",
	],
	["i (?:messed up|blew it|screwed up|was (?:so |very )?nervous)", "leave out the misstep; add what you wish you had said instead"],
	["(?:it's|it has|it's already) been (?:weeks|ages|forever)|you (?:said|promised) you would", "stay patient and courteous; refer to the timeline they gave"],
	["i(?:'d| would|'ll| will) do (?:anything|whatever it takes)", "show interest in this role specifically"],
];
