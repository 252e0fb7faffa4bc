/**
 * The reply to an offer that is not yet the answer: thanks, receipt
 * confirmed, and the day the answer will come (their deadline when the note
 * gives one).
 */
import { placeholder } from "../placeholder";
import type { LetterContext } from "./context";
import type { Composition } from "./formats";

export function offerThanks(ctx: LetterContext): Composition {
	const { role, company } = ctx;
	const { offerDeadline, outcomeDate } = ctx.interview;
	const received = outcomeDate ? `, which I received on ${ctx.day(outcomeDate.at)}` : "";
	const by = offerDeadline ? ctx.day(offerDeadline.at) : placeholder("the date you will reply by");
	return {
		subject: `Your offer for the ${role} role`,
		paragraphs: [
			`Thank you very much for the offer of the ${role} role at ${company}${received}. I am delighted to have been chosen, and grateful for the time you and the team have given me throughout the process.`,
			`I am giving the offer the careful thought it deserves, and I will give you my answer by ${by}. If any questions about the details come up before then, I will raise them with you directly.`,
			"Thank you again for your confidence in me.",
		],
		card: [
			`Thank you very much for the offer of the ${role} role at ${company}; I am delighted to have received it.`,
			`I will give you my answer by ${by}.`,
		],
		cardSignOff: "With thanks,",
	};
}

/** Drafting an offer reply for a note whose outcome is not an offer may be a mistake. */
export const offerWarnings = (outcome: string): string[] =>
	outcome === "offer" ? [] : [`The note's outcome is '${outcome}', not 'offer'; send this once they have made you an offer.`];
