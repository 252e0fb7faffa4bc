/** The thank-you note: within a day of the interview, specific, with a clear statement of interest. */
import { placeholder } from "../placeholder";
import { whoHint, type LetterContext } from "./context";
import type { Composition } from "./formats";
import { fitPoints, notePoints, wordCount } from "./fit";
import { contactPerson } from "./recipients";
import { inSentence, introduce } from "./text";

/** "One part of our conversation stood out for me: …, which ties to my …." or a placeholder asking for it. */
export function specificPoint(ctx: LetterContext, lead: string, withTies: boolean): string {
	if (!ctx.highlight) {
		const hint = withTies
			? `one thing you discussed with ${whoHint(ctx)}, and how it ties to your experience`
			: `one thing you discussed with ${whoHint(ctx)}`;
		return introduce(lead, placeholder(hint));
	}
	const ties = withTies && ctx.highlight.tiesTo ? `, which ties to ${ctx.highlight.tiesTo}` : "";
	return introduce(lead, `${ctx.highlight.text}${ties}`);
}

/**
 * The closing sentence, from what the note gives for this reader: the next
 * step or the decision date for the contact, the reader's own role for
 * another panellist, else a plain statement of interest.
 */
function closing(ctx: LetterContext): string {
	const { interview: iv, company, person } = ctx;
	if (iv.interest === "unsure") return "I remain interested in the role, and I look forward to hearing about the next steps.";
	const strengthened = "Our conversation strengthened my interest in the role";
	const isContact = person !== undefined && contactPerson(iv) === person;
	if (isContact && iv.nextStep?.trim()) return `${strengthened}, and I look forward to the next step you described: ${inSentence(iv.nextStep)}.`;
	if (isContact && iv.decisionBy) return `${strengthened}, and I look forward to hearing from you by ${ctx.day(iv.decisionBy.at)}.`;
	const title = person?.title?.trim();
	if (title && iv.interviewers.length > 1) return `${strengthened}, and your perspective as ${title} gave me a clear picture of how I could contribute to ${company}.`;
	return `${strengthened}, and I would welcome the chance to contribute to ${company}.`;
}

export function thankYou(ctx: LetterContext): Composition {
	const { role, company, met } = ctx;
	const opening = `Thank you for taking the time to meet with me${met} to discuss the ${role} role at ${company}. ${specificPoint(ctx, "One part of our conversation stood out for me", true)}`;
	const last = `${closing(ctx)} If further information would help, such as references or examples of my work, I will gladly send it.`;
	const points = notePoints(ctx.wishes, ctx.since);
	const fitted = fitPoints([points.wishes, points.since], wordCount(opening) + wordCount(last), ctx.format);
	const cardInterest =
		ctx.interview.interest === "unsure"
			? "I remain interested in the role and look forward to hearing about the next steps."
			: `I would welcome the chance to join ${company}, and I am glad to send anything else that would help.`;
	return {
		subject: `Thank you for the ${role} interview`,
		paragraphs: [opening, fitted.sentences.join(" "), last],
		card: [`Thank you for meeting with me${met} about the ${role} role. ${specificPoint(ctx, "What stayed with me most was this", true)}`, cardInterest],
		cardSignOff: "With thanks,",
		// A card has no room for them; an email or letter names what did not fit.
		left: ctx.format === "card" ? [] : fitted.left,
	};
}
