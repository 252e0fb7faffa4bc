/**
 * The variables a letter template may use, each documented once: the check
 * refuses any other name, and the templates folder's README lists these.
 */

export interface VariableSpec {
	/** text: a line of words ("" when the note has none); flag: true or false; list: several. */
	type: "text" | "flag" | "list";
	doc: string;
	/** A list of records: the names each item has. */
	fields?: Record<string, VariableSpec>;
}

export type TemplateVariables = Record<string, VariableSpec>;

const text = (doc: string): VariableSpec => ({ type: "text", doc });
const list = (doc: string): VariableSpec => ({ type: "list", doc });

export const LETTER_VARIABLES: TemplateVariables = {
	kind: text("The letter kind, e.g. thank-you or status-check."),
	format: text("email, letter, card or call."),
	subject: text("The email's subject line, without \"Subject:\"."),
	greeting: text("\"Dear Ms. Whitfield,\" (\"Dear Ms. Whitfield:\" in a formal letter)."),
	recipient_name: text("How the letter names its reader: \"Ms. Whitfield\", or a placeholder asking for it."),
	recipient_full_name: text("\"Ms. Dana Whitfield\"; empty when the letter has no named reader."),
	recipient_title: text("The reader's job title from the note or their person note; may be empty."),
	recipient_email: text("The reader's email address; may be empty."),
	recipient_to: text("The email's To: value, \"Dana Whitfield <dana@northwind.example>\"; empty when the note gives no address."),
	recipient_phone: text("The reader's phone number; may be empty."),
	company: text("The company, or a placeholder."),
	company_address: list("The reader's postal address, a line each: their own `address`, else the note's `company_address`; may be empty."),
	role: text("The role, or a placeholder."),
	interview_date: text("The interview's day as letters write it (\"19 November\"); empty when the note has no date."),
	met: text("\" on 19 November\" (with its leading space), or empty: \"meet with me{{met}}\"."),
	today: text("Today's date in the date style of the settings."),
	paragraphs: list("The letter's body for this kind, at most three short paragraphs: {{#paragraphs}}{{.}}{{/paragraphs}}."),
	card: list("The body of a short card, one or two paragraphs."),
	sign_off: text("The email's sign-off for this kind, e.g. \"Kind regards,\"."),
	card_sign_off: text("The card's sign-off for this kind, e.g. \"With thanks,\"."),
	highlight: text("The specific point from Highlights chosen for this reader, ready to sit in a sentence; may be empty."),
	highlight_ties_to: text("What that point ties to in your experience (\"my work on …\"); may be empty."),
	wishes: list("Each \"Wish I had said\" point, ready to sit in a sentence."),
	since: list("Each \"Since the interview\" point, ready to sit in a sentence."),
	request_item: text("For letters about a request: the item they asked for; may be empty."),
	sender_name: text("Your name from the settings, or a placeholder."),
	sender_email: text("Your email address from the settings; may be empty."),
	sender_phone: text("Your phone number from the settings; may be empty."),
	sender_block: list("A formal letter's sender block, a line each: name, postal address, email, phone (placeholders where needed)."),
	recipient_block: list("A formal letter's recipient block, a line each: full name, job title, company, company address."),
	call_opener: text("A call's talking points (format call): how you open — who you are and when you met."),
	call_purpose: text("Why you are calling, in one sentence."),
	call_point: text("One specific point from the note."),
	call_question: text("The question you ask."),
	call_close: text("How you close the call."),
};
