/**
 * Letters while waiting: a status check that refers to the timeline they gave,
 * and a progress note on requested material that is late, naming the item and
 * when it will come.
 */
import { placeholder } from "../placeholder";
import { keen, type LetterContext } from "./context";
import type { Composition } from "./formats";
import { fitPoints, notePoints, wordCount } from "./fit";
import { itemAfterThe } from "./text";


function timeline(ctx: LetterContext): string {
	const { decisionBy, statusChecks } = ctx.interview;
	const last = statusChecks[statusChecks.length - 1];
	const earlier = last ? ` and I am following up on my note of ${ctx.day(last.at)}` : "";
	if (decisionBy) {
		return `You mentioned that you expected to reach a decision by ${ctx.day(decisionBy.at)}${earlier}, so I am writing to ask whether there is any news.`;
	}
	if (last) return `I am following up on my note of ${ctx.day(last.at)} to ask whether there is any news on the decision.`;
	return "I understand that these decisions take time, and I would be grateful for an update on where the process stands.";
}

export function statusCheck(ctx: LetterContext): Composition {
	const { role, company, met } = ctx;
	const opening = `Thank you again for meeting with me${met} about the ${role} role at ${company}.`;
	const first = `${opening} ${timeline(ctx)}`;
	// News since the interview, not the thank-you's highlight again.
	const interest = `I remain ${keen(ctx)} in the role and in joining ${company}.`;
	const last = "If there is anything else you need from me, I will gladly send it.";
	const fitted = fitPoints([notePoints([], ctx.since).since], wordCount(first) + wordCount(interest) + wordCount(last), ctx.format);
	const decisionBy = ctx.interview.decisionBy;
	return {
		subject: `Following up on the ${role} role`,
		paragraphs: [first, [interest, ...fitted.sentences].join(" "), last],
		left: ctx.format === "card" ? [] : fitted.left,
		card: [
			decisionBy
				? `Thank you again for meeting with me about the ${role} role. You mentioned a decision by ${ctx.day(decisionBy.at)}, and I would welcome any news.`
				: `Thank you again for meeting with me about the ${role} role. I would welcome any news on where the process stands.`,
			`I remain ${keen(ctx)} in joining ${company}.`,
		],
		cardSignOff: "With thanks,",
	};
}

export function requestProgress(ctx: LetterContext): Composition {
	const { role, company, met } = ctx;
	const item = itemAfterThe(ctx.requestItem ?? "") || placeholder("the item they asked for");
	const when = placeholder("the date you will send it");
	return {
		subject: `Update on the ${item} you asked for`,
		paragraphs: [
			`Thank you again for meeting with me${met} about the ${role} role at ${company}. I am writing with an update on the ${item} you asked for: I am still putting the material together, and I will send it to you by ${when}.`,
			`Thank you for your patience. I remain ${keen(ctx)} in the role, and if anything else would help in the meantime, I will gladly provide it.`,
		],
		card: [
			`Thank you again for meeting with me about the ${role} role. I am still preparing the ${item} you asked for, and I will send the material by ${when}.`,
			`I remain ${keen(ctx)} in joining ${company}.`,
		],
		cardSignOff: "With thanks,",
	};
}
