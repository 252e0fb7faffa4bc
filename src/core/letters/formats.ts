/**
 * The three formats around a letter's body: an email (subject line, greeting,
 * sign-off with name and phone), a formal letter (sender block, date,
 * recipient block, "Dear Ms. Whitfield:"), and a short card.
 */
import { longDate } from "../dates";
import { placeholder } from "../placeholder";
import type { LetterContext } from "./context";
import { fullFormalName, greetingLine } from "./salutation";

/** What a letter kind writes; the format decides which parts are used and how. */
export interface Composition {
	subject: string;
	/** At most three short paragraphs, for an email or a formal letter. */
	paragraphs: string[];
	/** One or two shorter paragraphs for a card. */
	card: string[];
	/** Card sign-off, e.g. "With thanks,". */
	cardSignOff: string;
	/** Email sign-off; "Kind regards," unless the kind says otherwise. */
	emailSignOff?: string;
}

const lines = (text: string): string[] => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");

const senderName = (ctx: LetterContext): string => ctx.settings.sender.name.trim() || placeholder("your name");

/** Name, postal address lines, email and phone from settings; placeholders where a letter cannot do without. */
function senderBlock(ctx: LetterContext): string[] {
	const { address, email, phone } = ctx.settings.sender;
	const block = [senderName(ctx)];
	const addressLines = lines(address);
	block.push(...(addressLines.length > 0 ? addressLines : [placeholder("your postal address")]));
	if (email.trim() !== "") block.push(email.trim());
	if (phone.trim() !== "") block.push(phone.trim());
	if (email.trim() === "" && phone.trim() === "") block.push(placeholder("your email address or phone number"));
	return block;
}

function recipientBlock(ctx: LetterContext): string[] {
	if (ctx.reader === "reference") return [ctx.name];
	if (ctx.reader === "connection") return [ctx.person ? fullFormalName(ctx.person) : placeholder("your contact's full name")];
	const person = ctx.person;
	const title = person?.title?.trim();
	return [
		person ? fullFormalName(person) : placeholder("the interviewer's full name"),
		title || placeholder(person ? `job title of ${person.name}` : "the interviewer's job title"),
		ctx.company,
	];
}

const paragraphs = (parts: string[]): string => parts.map((p) => p.trim()).filter((p) => p !== "").join("\n\n");

/** The whole letter text in the requested format, ending with a line break. */
export function render(ctx: LetterContext, c: Composition): string {
	const name = senderName(ctx);
	const greeting = greetingLine(ctx.name, ctx.format, ctx.familiar);
	switch (ctx.format) {
		case "email": {
			const phone = ctx.settings.sender.phone.trim();
			const signature = [c.emailSignOff ?? "Kind regards,", name, ...(phone ? [phone] : [])].join("\n");
			return `${paragraphs([`Subject: ${c.subject}`, greeting, ...c.paragraphs, signature])}\n`;
		}
		case "letter":
			return `${paragraphs([
				senderBlock(ctx).join("\n"),
				longDate(ctx.now, ctx.settings.dateStyle),
				recipientBlock(ctx).join("\n"),
				greeting,
				...c.paragraphs,
				"Sincerely,",
				name,
			])}\n`;
		case "card":
			return `${paragraphs([greeting, ...c.card, `${c.cardSignOff}\n${name}`])}\n`;
	}
}
