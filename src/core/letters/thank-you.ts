/** The thank-you note: within a day of the interview, specific, with a clear statement of interest. */
import { placeholder } from "../placeholder";
import { whoHint, type LetterContext } from "./context";
import type { Composition } from "./formats";
import { introduce } from "./text";

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

export function thankYou(ctx: LetterContext): Composition {
	const { role, company, met } = ctx;
	const opening = `Thank you for taking the time to meet with me${met} to discuss the ${role} role at ${company}.`;
	const point = specificPoint(ctx, "One part of our conversation stood out for me", true);
	const extra: string[] = [];
	if (ctx.wish) extra.push(introduce("I would also like to add a point I did not make clearly when we spoke", ctx.wish));
	if (ctx.since) extra.push(introduce("Since we met, there is one update worth sharing", ctx.since));
	const interest =
		ctx.interview.interest === "unsure"
			? "I remain interested in the role, and I look forward to hearing about the next steps."
			: `Our conversation strengthened my interest in the role, and I would welcome the chance to contribute to ${company}.`;
	const offer = "If further information would help, such as references or examples of my work, I will gladly send it.";
	const cardInterest =
		ctx.interview.interest === "unsure"
			? "I remain interested in the role and look forward to hearing about the next steps."
			: `I would welcome the chance to join ${company}, and I am glad to send anything else that would help.`;
	return {
		subject: `Thank you for the ${role} interview`,
		paragraphs: [`${opening} ${point}`, extra.join(" "), `${interest} ${offer}`],
		card: [`Thank you for meeting with me${met} about the ${role} role. ${specificPoint(ctx, "What stayed with me most was this", false)}`, cardInterest],
		cardSignOff: "With thanks,",
	};
}
