/**
 * Talking points for the kinds a call can replace (DESIGN §3.1): a status
 * check, a progress note on a request and an update to a connection. Short
 * sentences to say, not paragraphs to read out.
 */
import { placeholder } from "../placeholder";
import { keen, type LetterContext } from "./context";
import { withWhom } from "./connection";
import type { TalkingPoints } from "./formats";
import { itemAfterThe } from "./text";

const senderName = (ctx: LetterContext): string => ctx.settings.sender.name.trim() || placeholder("your name");

/** "Hello Ms. Whitfield, this is Morgan Ellis; we met on 19 November about the Operations Analyst role." */
function opener(ctx: LetterContext, greeting = "Hello"): string {
	const about = ctx.met ? `; we met${ctx.met} about the ${ctx.role} role` : `, about the ${ctx.role} role`;
	return `${greeting} ${ctx.name}, this is ${senderName(ctx)}${about}.`;
}

const thanksClose = "Thank them for their time, say you look forward to hearing from them, and confirm the best way to reach you.";

export function statusCheckCall(ctx: LetterContext): TalkingPoints {
	const decisionBy = ctx.interview.decisionBy;
	const when = decisionBy ? ` — you expected one by ${ctx.day(decisionBy.at)}` : "";
	return {
		opener: opener(ctx),
		purpose: `I am calling to ask whether there is any news on the decision${when}.`,
		// News since the interview, not the thank-you's highlight again.
		point: ctx.since[0] !== undefined ? `Since we met, ${ctx.since[0]}.` : `I remain ${keen(ctx)} in the role and in joining ${ctx.company}.`,
		question: "Is there an update on the timeline, and is there anything else you need from me?",
		close: thanksClose,
	};
}

export function requestProgressCall(ctx: LetterContext): TalkingPoints {
	const item = itemAfterThe(ctx.requestItem ?? "") || placeholder("the item they asked for");
	return {
		opener: opener(ctx),
		purpose: `I am calling with an update on the ${item} you asked for.`,
		point: `It is nearly ready, and it will reach you by ${placeholder("the date you will send it")}.`,
		question: "Does that still suit you, and would you like it in any particular form?",
		close: thanksClose,
	};
}

export function connectionCall(ctx: LetterContext): TalkingPoints {
	return {
		opener: `Hi ${ctx.name}, it's ${senderName(ctx)}.`,
		purpose: `I wanted you to hear that I interviewed${ctx.met} for the ${ctx.role} role at ${ctx.company}${withWhom(ctx)}.`,
		point: ctx.highlight ? `What stood out: ${ctx.highlight.text}.` : placeholder("one thing that stood out in the interview"),
		question: "Do you have a sense of what matters most to the team, or heard anything about their plans?",
		close: "Thank them, and say you will let them know how it turns out.",
	};
}
