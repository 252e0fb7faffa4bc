/**
 * A note to someone the user knows near the company: where they interviewed,
 * for what, one thing that stood out, and a light ask — never a demand.
 */
import { formalName } from "../people";
import type { LetterContext } from "./context";
import type { Composition } from "./formats";
import { introduce, listOf } from "./text";

/** " with Ms. Whitfield and Mr. Ortiz", or "". */
export function withWhom(ctx: LetterContext): string {
	const people = ctx.interview.interviewers.map(formalName);
	return people.length > 0 ? ` with ${listOf(people)}` : "";
}

export function connectionUpdate(ctx: LetterContext): Composition {
	const { role, company, met } = ctx;
	const stood = ctx.highlight ? ` ${introduce("One thing that stood out", ctx.highlight.text)}` : "";
	return {
		subject: `My interview at ${company}`,
		paragraphs: [
			`I wanted to let you know that I interviewed${met} for the ${role} role at ${company}${withWhom(ctx)}.${stood}`,
			`If you hear anything about the team's plans, or have a sense of what matters most to them, I would be glad to hear it. I will let you know how it turns out.`,
			"I hope all is well with you.",
		],
		card: [
			`I interviewed${met} for the ${role} role at ${company}, and I wanted you to hear it from me.`,
			"Any thoughts on the team would be very welcome; I will let you know how it goes.",
		],
		cardSignOff: "Best wishes,",
		emailSignOff: "Best wishes,",
	};
}
