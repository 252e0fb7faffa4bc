/**
 * Letters that close a process gracefully: a withdrawal (thanks, then a clear
 * and courteous decline; never a claim of interest in the role) and a thank-you
 * after a rejection (thanks, and the door left open for the future).
 */
import type { LetterContext } from "./context";
import type { Composition } from "./formats";
import { specificPoint } from "./thank-you";

export function withdrawal(ctx: LetterContext): Composition {
	const { role, company, met } = ctx;
	const point = specificPoint(ctx, "I learned a great deal from our conversation, especially this", false);
	return {
		subject: `Withdrawing my application for the ${role} role`,
		paragraphs: [
			`Thank you for meeting with me${met} and for taking the time to explain the ${role} role at ${company}. ${point}`,
			"After careful thought, I have decided to withdraw my application. The position is not the right match for my plans at this stage, and I would rather tell you now than take up more of your team's time.",
			`I have great respect for the work at ${company}, and I would be glad to stay in touch: if a role closer to my plans opens in the future, please keep me in mind. I wish you every success in finding the right person for this one.`,
		],
		card: [
			`Thank you for meeting with me${met} about the ${role} role. ${specificPoint(ctx, "What stayed with me most was this", false)}`,
			`After careful thought, I have decided to withdraw my application, as the position is not the right match for my plans at this stage. I would be glad to stay in touch about future roles at ${company}.`,
		],
		cardSignOff: "Best wishes,",
	};
}

export function rejectionThanks(ctx: LetterContext): Composition {
	const { role, company } = ctx;
	const colleagues = ctx.interview.interviewers.length > 1 ? "you and your colleagues" : "you";
	const point = specificPoint(ctx, "I valued our conversation, in particular this", false);
	return {
		subject: `Thank you: ${role} role`,
		paragraphs: [
			`Thank you for letting me know your decision about the ${role} role, and for the time ${colleagues} gave me during the process. ${point}`,
			`I continue to admire the work at ${company}. If a role that suits my background opens in the future, I would welcome the chance to be considered, and I would be glad to stay in touch.`,
			"I wish you and the team every success with the new hire.",
		],
		card: [
			`Thank you for letting me know your decision about the ${role} role, and for the time ${colleagues} gave me. ${specificPoint(ctx, "I enjoyed our conversation, especially this", false)}`,
			`I would welcome the chance to be considered for future openings at ${company}, and I wish you and the team every success.`,
		],
		cardSignOff: "Best wishes,",
	};
}
