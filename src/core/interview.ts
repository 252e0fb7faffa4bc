/**
 * The interview note model: frontmatter (a plain object, as Obsidian's
 * metadata cache or a YAML parser gives it) in, a typed Interview and a list
 * of plain-words problems out. Never throws.
 */
import { DATE_HINT, describeValue, parseDateValue, type When } from "./dates";
import { DONE_DATE_KEYS, type BodyFacts } from "./follow-ups/kinds";
import { readInterviewPeople } from "./people/interview-people";
import type { Person } from "./people/person";
import { isBlank as isEmpty, isRecord, scalarText, type RawRecord as Raw } from "./values";

export { formalName } from "./people";

export const INTEREST_VALUES = ["yes", "unsure", "no"] as const;
export type Interest = (typeof INTEREST_VALUES)[number];

export const OUTCOME_VALUES = ["pending", "next-round", "offer", "rejected", "withdrawn", "no-response"] as const;
export type Outcome = (typeof OUTCOME_VALUES)[number];

/** An interviewer, a contact or a connection: see src/core/people/person.ts. */
export type Interviewer = Person;

export interface RequestItem {
	item: string;
	asked?: When;
	sent?: When;
	/** Position in the frontmatter list, for writing `sent` back. */
	index: number;
}

export interface Interview {
	/** Vault-relative path of the note. */
	path: string;
	company: string;
	role: string;
	/** Undefined only when the note has no usable date (which is also a problem). */
	date?: When;
	round?: number;
	interviewers: Interviewer[];
	/** Who process letters go to: `contact`, else the first interviewer (DESIGN §1.1). */
	contact?: Interviewer;
	/** People the user knows near the company, to tell how it went. */
	connections: Interviewer[];
	decisionBy?: When;
	nextStep?: string;
	nextRound?: When;
	interest: Interest;
	outcome: Outcome;
	outcomeDate?: When;
	/** With outcome: offer, the day they need an answer by. */
	offerDeadline?: When;
	/** The link to the next round's note, once it exists. */
	nextRoundNote?: string;
	/** Steps recorded with one date, by frontmatter key (`debriefed`, `thank_you_sent`, …; see DONE_DATE_KEYS). */
	done: Partial<Record<string, When>>;
	statusChecks: When[];
	requests: RequestItem[];
	snoozedUntil?: When;
	/** What the body says, as far as the rules care; the adapters fill it in. */
	body: BodyFacts;
	/** The note's own `id:`, when it sets one: calendar events keep their UIDs when the note is renamed. */
	id?: string;
}

export interface ParsedInterview {
	interview: Interview;
	/** Plain sentences naming the key and the bad value. Empty when all is well. */
	problems: string[];
}

class Reader {
	readonly problems: string[] = [];
	constructor(private readonly raw: Raw) {}

	text(key: string): string | undefined {
		const v = this.raw[key];
		if (isEmpty(v)) return undefined;
		const t = scalarText(v);
		if (t === undefined) this.problems.push(`${key} is ${describeValue(v)}; it should be plain text.`);
		return t;
	}

	date(key: string, value: unknown = this.raw[key], label = key): When | undefined {
		if (isEmpty(value)) return undefined;
		// A list or a nested value has no text to quote: "date is a list, not a date".
		if (typeof value === "object" && !(value instanceof Date)) {
			this.problems.push(`${label} is ${describeValue(value)}, not a date; ${DATE_HINT}.`);
			return undefined;
		}
		const r = parseDateValue(value);
		if (r.ok) return r.value;
		this.problems.push(`${label} ${r.message}.`);
		return undefined;
	}

	choice<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
		const v = this.raw[key];
		if (isEmpty(v)) return fallback;
		// YAML 1.1 parsers read yes/no as booleans.
		const t = typeof v === "boolean" ? (v ? "yes" : "no") : scalarText(v)?.toLowerCase();
		if (t !== undefined && (allowed as readonly string[]).includes(t)) return t as T;
		this.problems.push(`${key} is ${describeValue(v)}; it should be one of ${allowed.join(", ")}. Using '${fallback}'.`);
		return fallback;
	}
}

function readRequests(raw: Raw, r: Reader): RequestItem[] {
	const v = raw.requests;
	if (isEmpty(v)) return [];
	if (!Array.isArray(v)) {
		r.problems.push(`requests is ${describeValue(v)}; it should be a list of items with item:, asked: and sent:.`);
		return [];
	}
	const out: RequestItem[] = [];
	v.forEach((entry, index) => {
		const where = `requests item ${index + 1}`;
		if (typeof entry === "string" && entry.trim() !== "") {
			out.push({ item: entry.trim(), index });
			return;
		}
		if (!isRecord(entry)) {
			if (!isEmpty(entry)) r.problems.push(`${where} is ${describeValue(entry)}; write item:, asked: and sent: lines.`);
			return;
		}
		const item = scalarText(entry.item);
		if (item === undefined || item === "") {
			r.problems.push(`${where} has no item; say what was asked for with item:.`);
			return;
		}
		const req: RequestItem = { item, index };
		const asked = r.date("asked", entry.asked, `${where} (${item}): asked`);
		const sent = r.date("sent", entry.sent, `${where} (${item}): sent`);
		if (asked) req.asked = asked;
		if (sent) req.sent = sent;
		out.push(req);
	});
	return out;
}

function readStatusChecks(raw: Raw, r: Reader): When[] {
	const v = raw.status_checks;
	if (isEmpty(v)) return [];
	const list: unknown[] = Array.isArray(v) ? v : [v];
	const out: When[] = [];
	list.forEach((entry, i) => {
		const d = r.date("status_checks", entry, `status_checks item ${i + 1}`);
		if (d) out.push(d);
	});
	return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function readRound(raw: Raw, r: Reader): number | undefined {
	const v = raw.round;
	if (isEmpty(v)) return undefined;
	const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.trim()) : NaN;
	if (Number.isInteger(n) && n > 0) return n;
	r.problems.push(`round is ${describeValue(v)}; it should be a whole number such as 1 or 2.`);
	return undefined;
}

/** Turns a note's frontmatter into an Interview. `frontmatter` may be anything. */
export function parseInterview(path: string, frontmatter: unknown, body: BodyFacts = { debriefWritten: false }): ParsedInterview {
	const raw: Raw = isRecord(frontmatter) ? frontmatter : {};
	const r = new Reader(raw);
	if (!isRecord(frontmatter) && !isEmpty(frontmatter)) {
		r.problems.push(`The frontmatter is ${describeValue(frontmatter)}; it should be key: value lines.`);
	}
	const interview: Interview = {
		path,
		company: r.text("company") ?? "",
		role: r.text("role") ?? "",
		...readInterviewPeople(raw, r.problems),
		interest: r.choice("interest", INTEREST_VALUES, "yes"),
		outcome: r.choice("outcome", OUTCOME_VALUES, "pending"),
		done: {},
		statusChecks: readStatusChecks(raw, r),
		requests: readRequests(raw, r),
		body,
	};
	const date = r.date("date");
	if (date) interview.date = date;
	else if (isEmpty(raw.date)) r.problems.push("date is missing; add the interview's date, e.g. date: 2026-11-19 14:00.");
	const round = readRound(raw, r);
	if (round !== undefined) interview.round = round;
	const nextRoundNote = r.text("next_round_note");
	if (nextRoundNote) interview.nextRoundNote = nextRoundNote;
	const nextStep = r.text("next_step");
	if (nextStep) interview.nextStep = nextStep;
	const dateKeys = [
		["decision_by", "decisionBy"],
		["next_round", "nextRound"],
		["outcome_date", "outcomeDate"],
		["offer_deadline", "offerDeadline"],
	] as const;
	for (const [key, field] of dateKeys) {
		const d = r.date(key);
		if (d) interview[field] = d;
	}
	for (const key of DONE_DATE_KEYS) {
		const d = r.date(key);
		if (d) interview.done[key] = d;
	}
	const snoozed = r.date("snoozed_until");
	if (snoozed) interview.snoozedUntil = snoozed;
	const id = r.text("id");
	if (id) interview.id = id;
	return { interview, problems: r.problems };
}

/** The requests not yet marked sent, in note order. */
export const openRequests = (interview: Interview): RequestItem[] => interview.requests.filter((r) => r.sent === undefined);
