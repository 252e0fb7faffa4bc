/**
 * The formats around a letter's body: an email (subject line, greeting,
 * sign-off with name and phone), a formal letter (sender block, date,
 * recipient block, "Dear Ms. Whitfield:"), a short card, and for some kinds
 * the talking points of a call.
 */
import { longDate } from "../dates";
import { placeholder } from "../placeholder";
import type { LetterContext } from "./context";
import { fullFormalName, greetingLine } from "./salutation";
import { BUILT_IN_TEMPLATES } from "./templates/builtin";
import { renderTemplate, type TemplateSource } from "./templates/engine";
import { LETTER_VARIABLES } from "./templates/variables";

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
	/** Note points that did not fit this format (fit.ts), named in a warning. */
	left?: string[];
}

/** A call's talking points, in the order they are said. */
export interface TalkingPoints {
	opener: string;
	purpose: string;
	/** One specific point from the note (or a placeholder asking for one). */
	point: string;
	question: string;
	close: string;
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
		...postalAddress(ctx),
	];
}

/** The reader's own `address` when their entry or person note has one, else the note's `company_address`. */
function postalAddress(ctx: LetterContext): string[] {
	const own = lines(ctx.person?.address ?? "");
	return own.length > 0 ? own : ctx.companyAddress;
}

/** "Dana Whitfield <dana@northwind.example>" for a To: line; the name quoted when it holds a comma or the like. */
export function mailbox(name: string, email: string): string {
	const plain = name.trim();
	if (plain === "") return email.trim();
	const shown = /[",;:<>@()[\]\\]/.test(plain) ? `"${plain.replace(/(["\\])/g, "\\$1")}"` : plain;
	return `${shown} <${email.trim()}>`;
}

const nonEmpty = (parts: readonly string[]): string[] => parts.map((p) => p.trim()).filter((p) => p !== "");

/** Everything a template may use (templates/variables.ts documents each name). */
export function letterView(ctx: LetterContext, c: Composition, call?: TalkingPoints): Record<string, unknown> {
	const person = ctx.person;
	const name = senderName(ctx);
	const met = ctx.interview.date ? ctx.met.replace(/^ on /, "") : "";
	return {
		kind: ctx.kind,
		format: ctx.format,
		subject: c.subject,
		greeting: greetingLine(ctx.name, ctx.format, ctx.familiar),
		recipient_name: ctx.name,
		recipient_full_name: person ? fullFormalName(person) : "",
		recipient_title: person?.title?.trim() ?? "",
		recipient_email: person?.email?.trim() ?? "",
		recipient_phone: person?.phone?.trim() ?? "",
		company: ctx.company,
		company_address: ctx.reader === "company" ? postalAddress(ctx) : [],
		recipient_to: person?.email?.trim() ? mailbox(person.name, person.email) : "",
		role: ctx.role,
		interview_date: met,
		met: ctx.met,
		today: longDate(ctx.now, ctx.settings.dateStyle),
		paragraphs: nonEmpty(c.paragraphs),
		card: nonEmpty(c.card),
		sign_off: c.emailSignOff ?? "Kind regards,",
		card_sign_off: c.cardSignOff,
		highlight: ctx.highlight?.text ?? "",
		highlight_ties_to: ctx.highlight?.tiesTo ?? "",
		wishes: ctx.wishes,
		since: ctx.since,
		request_item: ctx.requestItem ?? "",
		sender_name: name,
		sender_email: ctx.settings.sender.email.trim(),
		sender_phone: ctx.settings.sender.phone.trim(),
		sender_block: senderBlock(ctx),
		recipient_block: recipientBlock(ctx),
		call_opener: call?.opener ?? "",
		call_purpose: call?.purpose ?? "",
		call_point: call?.point ?? "",
		call_question: call?.question ?? "",
		call_close: call?.close ?? "",
	};
}

/** The whole letter text in the requested format from its template (the user's, else the built-in), ending with a line break. */
export function render(ctx: LetterContext, c: Composition, template?: TemplateSource, call?: TalkingPoints): string {
	const source = template ?? { file: `built-in ${ctx.format} template`, text: BUILT_IN_TEMPLATES[ctx.format] };
	return renderTemplate(source, LETTER_VARIABLES, letterView(ctx, c, call));
}
