/** A heads-up to a reference: the company, the role, who may call, and what would help to hear. */
import { endOfLocalDay } from "../dates";
import { placeholder } from "../placeholder";
import type { LetterContext } from "./context";
import type { Composition } from "./formats";
import { fullFormalName } from "./salutation";
import { inBrackets, listOf } from "./text";

/** "Ms. Dana Whitfield (Head of Operations) or Sam Ortiz". */
function whoMayCall(ctx: LetterContext): string {
	const people = ctx.interview.interviewers.map((p) => (p.title ? `${fullFormalName(p)} ${inBrackets(p.title.trim())}` : fullFormalName(p)));
	return people.length > 0 ? listOf(people, "or") : placeholder("who may call you, with their job title");
}

export function referenceHeadsUp(ctx: LetterContext): Composition {
	const { role, company, met } = ctx;
	const decisionBy = ctx.interview.decisionBy;
	const day = decisionBy ? ctx.day(decisionBy.at) : "";
	const soon = !decisionBy
		? ""
		: ctx.now.getTime() > endOfLocalDay(decisionBy.at).getTime()
			? ` ${ctx.company} planned to decide by ${day}, so a call may come at any time.`
			: ` ${ctx.company} expects to decide by ${day}, so any call is likely to come before then.`;
	const strength = ctx.highlight?.tiesTo ?? placeholder("one project or strength you would like them to hear about");
	return {
		subject: `A possible reference call from ${company}`,
		paragraphs: [
			`I interviewed${met} for the ${role} role at ${company}, and I have given your name as a reference. Thank you again for being willing to speak for me.`,
			`You may hear from ${whoMayCall(ctx)}.${soon} It would help if you could mention ${strength}, which is especially relevant to this role.`,
			"I am glad to send you the job description or my current résumé if that would be useful.",
		],
		card: [
			`I interviewed for the ${role} role at ${company} and gave your name as a reference; you may hear from ${whoMayCall(ctx)}.`,
			"Thank you again for being willing to speak for me.",
		],
		cardSignOff: "With thanks,",
		emailSignOff: "With thanks,",
	};
}
