/**
 * The cover note that sends what they asked for (a `requests` item): the item
 * named, why it is attached, and the offer of anything else.
 */
import { keen, type LetterContext } from "./context";
import type { Composition } from "./formats";
import { capitalised, itemAfterThe } from "./text";
import { placeholder } from "../placeholder";

export function materials(ctx: LetterContext): Composition {
	const { role, company, met } = ctx;
	const item = itemAfterThe(ctx.requestItem ?? "") || placeholder("the item they asked for");
	return {
		subject: `${capitalised(item)} for the ${role} role`,
		paragraphs: [
			`Thank you again for meeting with me${met} about the ${role} role at ${company}. As you asked, I attach the ${item}.`,
			`If it would help to have it in another form, or if anything else would be useful, I will gladly send it. I remain ${keen(ctx)} in the role.`,
		],
		card: [
			`Thank you again for meeting with me about the ${role} role. As you asked, I enclose the ${item}.`,
			`I remain ${keen(ctx)} in joining ${company}, and I am glad to send anything else that would help.`,
		],
		cardSignOff: "With thanks,",
	};
}
