/**
 * The follow-up kinds of DESIGN §2, one descriptor each: when it applies and
 * by when (its rule), what it says (its label), how Done records it, and what
 * its Draft button makes. The rules evaluator, the plugin (commands, view
 * buttons) and the CLI read this table; none of them lists kinds itself.
 */
import type { ChecklistKind } from "../checklists";
import { addLocalDays, clockTime, endOfLocalDay, shortDate, startOfLocalDay, type When } from "../dates";
import type { Interview, Interviewer, Outcome } from "../interview";
import type { LetterKind } from "../letters/kinds";
import { formalName } from "../people";
import type { Settings } from "../settings";
import { afterHours, joinNames, statusCheckNotBefore, thankYouDone } from "./timing";

/** What a rule sees: the note, the settings, the moment, and facts derived once. */
export interface RuleInput {
	iv: Interview;
	settings: Settings;
	now: Date;
	/** When a rejection without outcome_date was first noticed, if known. */
	firstSeen?: Date;
	/** The interview's date, when the note has a usable one. */
	date?: When;
	/** The interview has begun (its date is known and not in the future). */
	begun: boolean;
}

/** What the note's body says, as far as the rules care (read by the adapters: cache or text). */
export interface BodyFacts {
	/** The Debrief section holds the user's own text (not only an unticked checklist). */
	debriefWritten: boolean;
}

/** One open follow-up found by a rule. */
export interface Hit {
	due: Date;
	/** Before this the item is waiting. */
	notBefore?: Date;
	/** The people it concerns. */
	people: Interviewer[];
	request?: { item: string; index: number };
}

/** How Done records a step: a date key, a status check appended, a request's `sent`, or an outcome. */
export type DoneWrite = { date: string } | { append: "status_checks" } | { request: true } | { outcome: Outcome };

export interface DoneStep {
	/** The step's name for `mark` (CLI). */
	step: string;
	/** Plugin command `mark-<commandId>`. */
	commandId: string;
	command: string;
	/** Used in notices: "Thank-you sent: recorded 2026-11-20." */
	label: string;
	write: DoneWrite;
}

/** A kind with no step of its own: it clears when the note moves on. */
export interface ClearsItself {
	clears: string;
}

/**
 * What an item's Draft button makes: a letter (`late`: another letter once the
 * item is overdue), a checklist, or the next round's note. A letter to someone
 * who prefers the phone opens as talking points (letters/formats: formatFor).
 */
export type DraftTarget = { letter: LetterKind; late?: LetterKind } | { checklist: ChecklistKind } | { nextRoundNote: true };

export interface FollowUpKind {
	rule(input: RuleInput): Hit[];
	label(hit: Hit, input: RuleInput): string;
	done: DoneStep | ClearsItself;
	/** null: the item has no Draft button (Open is what it needs). */
	draft: DraftTarget | null;
}

/** A person who would rather be phoned: their status checks and requests are calls. */
export const prefersPhone = (p: Interviewer | undefined): boolean => p?.prefers?.trim().toLowerCase() === "phone";
const hasContact = (p: Interviewer): boolean => Boolean(p.email?.trim() || p.phone?.trim());
/** Whether a step recorded with a date is done. */
const recordedDate = (iv: Interview, key: string): boolean => iv.done[key] !== undefined;
/** The interview's day has passed its start and it has not been cancelled from our side. */
const after = (x: RuleInput): x is RuleInput & { date: When } => x.date !== undefined && x.begun;
/** The person process questions go to: the first interviewer with an email or a preference, else the first. */
export const contactOf = (iv: Interview): Interviewer | undefined =>
	iv.interviewers.find((p) => p.email !== undefined || p.prefers !== undefined) ?? iv.interviewers[0];

const to = (people: Interviewer[]): string => (people.length ? ` to ${joinNames(people.map(formalName))}` : "");
const namesOr = (people: Interviewer[], fallback: string): string => joinNames(people.map(formalName)) || fallback;
const open = (iv: Interview): boolean => iv.outcome === "pending" || iv.outcome === "next-round";
const interested = (iv: Interview): boolean => iv.interest !== "no";
const wantsThankYou = (iv: Interview): boolean =>
	interested(iv) && iv.outcome !== "rejected" && iv.outcome !== "withdrawn" && iv.outcome !== "no-response";
const wantsWithdrawal = (iv: Interview): boolean => (!interested(iv) && open(iv)) || iv.outcome === "withdrawn";

/** Table order is also the order of items due at the same moment in the same note. */
export const FOLLOW_UP_KINDS = {
	prep: {
		rule: ({ date, begun, now, settings }) => {
			if (!date || begun || date.at.getTime() > endOfLocalDay(now, settings.upcomingDays).getTime()) return [];
			// Due the evening before; an interview later today is due at its start.
			const sameDay = startOfLocalDay(now).getTime() === startOfLocalDay(date.at).getTime();
			return [{ due: sameDay ? date.at : endOfLocalDay(date.at, -1), people: [] }];
		},
		label: (_hit, { iv }) => {
			const who = iv.interviewers.length ? ` with ${joinNames(iv.interviewers.map(formalName))}` : "";
			return `Prepare for the interview${who}: questions to ask and everyone's contact details`;
		},
		done: { step: "prepared", commandId: "prepared", command: "Mark prepared", label: "Prepared", write: { date: "prepared" } },
		draft: { checklist: "questions-to-ask" },
	},
	debrief: {
		rule: (x) => (after(x) && !x.iv.body.debriefWritten ? [{ due: endOfLocalDay(x.date.at), people: [] }] : []),
		label: () => "Write your debrief while the interview is fresh",
		done: { step: "debriefed", commandId: "debriefed", command: "Mark debriefed", label: "Debriefed", write: { date: "debriefed" } },
		draft: { checklist: "debrief" },
	},
	"contact-details": {
		rule: (x) => {
			const { iv, settings } = x;
			if (!after(x) || !settings.contactDetailsReminder) return [];
			const letterOpen = wantsThankYou(iv) ? !thankYouDone(iv) : wantsWithdrawal(iv) && !recordedDate(iv, "withdrawal_sent");
			if (!letterOpen) return [];
			const missing = iv.interviewers.filter((p) => !hasContact(p));
			return iv.interviewers.length === 0 || missing.length > 0 ? [{ due: endOfLocalDay(x.date.at), people: missing }] : [];
		},
		label: (hit) =>
			hit.people.length
				? `Find an email address or phone number for ${joinNames(hit.people.map(formalName))}`
				: "Write down who interviewed you, with their email addresses",
		done: { clears: "This clears once every interviewer in the note has an email: or phone: line (or the letter is sent)." },
		draft: null,
	},
	"thank-you": {
		rule: (x) => {
			if (!after(x) || !wantsThankYou(x.iv) || thankYouDone(x.iv)) return [];
			return [{ due: afterHours(x.date, x.settings.thankYouHours), people: x.iv.interviewers.filter((p) => !p.thanked) }];
		},
		label: (hit) => `Send a thank-you note${to(hit.people)}`,
		done: { step: "thank-you", commandId: "thank-you-sent", command: "Mark thank-you sent", label: "Thank-you sent", write: { date: "thank_you_sent" } },
		draft: { letter: "thank-you" },
	},
	withdrawal: {
		rule: (x) => (after(x) && wantsWithdrawal(x.iv) ? [{ due: afterHours(x.date, x.settings.thankYouHours), people: x.iv.interviewers }] : []),
		label: (hit) => `Send a withdrawal note${to(hit.people)}`,
		done: { step: "withdrawal", commandId: "withdrawal-sent", command: "Mark withdrawal sent", label: "Withdrawal sent", write: { date: "withdrawal_sent" } },
		draft: { letter: "withdrawal" },
	},
	references: {
		rule: (x) =>
			after(x) && interested(x.iv) && open(x.iv) && x.settings.referencesReminder
				? [{ due: endOfLocalDay(x.date.at, x.settings.tellDays), people: [] }]
				: [],
		label: () => "Let your references know they may be called",
		done: { step: "references", commandId: "references-notified", command: "Mark references notified", label: "References notified", write: { date: "references_notified" } },
		draft: { letter: "reference-heads-up" },
	},
	connections: {
		rule: (x) =>
			after(x) && x.iv.connections.length > 0 && interested(x.iv) && open(x.iv)
				? [{ due: endOfLocalDay(x.date.at, x.settings.tellDays), people: x.iv.connections }]
				: [],
		label: (hit, { iv }) => `Tell ${joinNames(hit.people.map((p) => p.name))} how the interview${iv.company ? ` at ${iv.company}` : ""} went`,
		done: { step: "connections", commandId: "connections-told", command: "Mark connections told", label: "Connections told", write: { date: "connections_told" } },
		draft: { letter: "connection-update" },
	},
	request: {
		rule: ({ iv, settings }) =>
			iv.requests.flatMap((r) =>
				r.asked && !r.sent ? [{ due: afterHours(r.asked, settings.requestHours), people: iv.interviewers, request: { item: r.item, index: r.index } }] : [],
			),
		label: (hit, { iv }) => {
			const item = hit.request?.item ?? "";
			const contact = contactOf(iv);
			return prefersPhone(contact) && contact ? `Call ${formalName(contact)} about ${item}` : `Send what they asked for: ${item}`;
		},
		done: { step: "request", commandId: "request-sent", command: "Mark requested material sent", label: "Requested material sent", write: { request: true } },
		// Sending it is the point; once it is late, a note on when it will come.
		draft: { letter: "materials", late: "request-progress" },
	},
	"status-check": {
		rule: ({ iv, settings }) => {
			if (iv.outcome !== "pending" || !interested(iv) || !thankYouDone(iv) || iv.statusChecks.length >= settings.statusCheckMax) return [];
			const day = statusCheckNotBefore(iv, settings);
			return day ? [{ notBefore: day, due: endOfLocalDay(day), people: iv.interviewers }] : [];
		},
		label: (hit, { iv, settings }) => {
			const k = iv.statusChecks.length;
			const contact = contactOf(iv);
			const of = k === 0 ? "" : ` (check ${k + 1} of ${settings.statusCheckMax})`;
			if (prefersPhone(contact) && contact) return `Call ${formalName(contact)} about the decision${of}`;
			const who = namesOr(hit.people, "them");
			return k === 0 ? `Ask ${who} whether a decision has been made` : `Ask ${who} again about the decision${of}`;
		},
		done: { step: "status-check", commandId: "status-check-sent", command: "Mark status check sent", label: "Status check sent", write: { append: "status_checks" } },
		draft: { letter: "status-check" },
	},
	"close-out": {
		rule: ({ iv, settings }) => {
			const last = iv.statusChecks[iv.statusChecks.length - 1];
			if (iv.outcome !== "pending" || !last || settings.statusCheckMax === 0 || iv.statusChecks.length < settings.statusCheckMax) return [];
			const day = addLocalDays(startOfLocalDay(last.at), settings.closeOutDays);
			return [{ notBefore: day, due: endOfLocalDay(day), people: [] }];
		},
		label: (_hit, { iv }) =>
			`No answer after ${iv.statusChecks.length} status checks: close it out (outcome: no-response) and put your energy elsewhere`,
		done: { step: "close-out", commandId: "closed-out", command: "Mark closed out (no response)", label: "Closed out", write: { outcome: "no-response" } },
		draft: { checklist: "after-interview" },
	},
	"rejection-thanks": {
		rule: ({ iv, now, firstSeen }) =>
			iv.outcome === "rejected" ? [{ due: endOfLocalDay(iv.outcomeDate?.at ?? firstSeen ?? now, 1), people: iv.interviewers }] : [],
		label: (hit) => `Thank ${namesOr(hit.people, "them")} anyway and keep the door open`,
		done: { step: "rejection-thanks", commandId: "rejection-thanks-sent", command: "Mark thank-you after rejection sent", label: "Thank-you after the rejection sent", write: { date: "rejection_thanks_sent" } },
		draft: { letter: "rejection-thanks" },
	},
	"offer-reply": {
		rule: ({ iv, now, firstSeen, settings }) => {
			if (iv.outcome !== "offer") return [];
			const due = iv.offerDeadline
				? endOfLocalDay(iv.offerDeadline.at, -1)
				: endOfLocalDay(iv.outcomeDate?.at ?? firstSeen ?? now, settings.offerReplyDays);
			return [{ due, people: iv.interviewers }];
		},
		label: (_hit, { iv, settings, now }) => {
			const by = iv.offerDeadline ? `; they need an answer by ${shortDate(iv.offerDeadline.at, settings.dateStyle, { now })}` : "";
			return `Thank them for the offer and say when you will reply${by}`;
		},
		done: { step: "offer-replied", commandId: "offer-replied", command: "Mark offer replied to", label: "Offer replied to", write: { date: "offer_replied" } },
		draft: { letter: "offer-thanks" },
	},
	"next-round-prep": {
		rule: ({ iv, now }) =>
			iv.outcome === "next-round" && iv.nextRound && iv.nextRound.at.getTime() > now.getTime()
				? [{ due: endOfLocalDay(iv.nextRound.at, -1), people: [] }]
				: [],
		label: (_hit, { iv, settings, now }) => {
			const round = iv.nextRound;
			const when = round ? `${shortDate(round.at, settings.dateStyle, { now })}${round.dateOnly ? "" : ` at ${clockTime(round.at)}`}` : "";
			return `Prepare for the next round on ${when}${iv.nextStep ? `: ${iv.nextStep}` : ""}`;
		},
		done: { clears: "Preparation for the next round clears itself once the round's date has passed." },
		draft: { checklist: "next-round-prep" },
	},
	"next-round-note": {
		rule: ({ iv, now }) =>
			iv.outcome === "next-round" && iv.nextRound && iv.nextRound.at.getTime() <= now.getTime() && !iv.nextRoundNote
				? [{ due: endOfLocalDay(iv.nextRound.at), people: [] }]
				: [],
		label: () => "Start a note for the next round, so its follow-ups begin again",
		done: { clears: "This clears once the note records next_round_note: use Draft to create the next round's note." },
		draft: { nextRoundNote: true },
	},
} as const satisfies Record<string, FollowUpKind>;

export type ItemKind = keyof typeof FOLLOW_UP_KINDS;

export const ITEM_KINDS = Object.keys(FOLLOW_UP_KINDS) as ItemKind[];

/** A kind's descriptor, typed as the general shape. */
export const followUpKind = (kind: ItemKind): FollowUpKind => FOLLOW_UP_KINDS[kind];

const hasStep = (d: FollowUpKind["done"]): d is DoneStep => "step" in d;

/** Every Done step, in table order (one per kind that has one). */
export const DONE_STEPS: readonly DoneStep[] = ITEM_KINDS.map((k) => followUpKind(k).done).filter(hasStep);

/** The Done step of a kind, or undefined when the kind clears itself. */
export function doneStepOf(kind: ItemKind): DoneStep | undefined {
	const done = followUpKind(kind).done;
	return hasStep(done) ? done : undefined;
}

/** The frontmatter key a kind's step records its date in, when the step is one date (the kind is then done once the note has it). */
export function doneDateKeyOf(kind: ItemKind): string | undefined {
	const step = doneStepOf(kind);
	return step && "date" in step.write ? step.write.date : undefined;
}

/** Frontmatter keys that record a step with one date (`debriefed`, `thank_you_sent`, …). */
export const DONE_DATE_KEYS: readonly string[] = ITEM_KINDS.flatMap((k) => doneDateKeyOf(k) ?? []);

export const isItemKind = (v: string): v is ItemKind => Object.prototype.hasOwnProperty.call(FOLLOW_UP_KINDS, v);
