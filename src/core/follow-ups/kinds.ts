/**
 * The follow-up kinds of DESIGN §2, one descriptor each: when it applies and
 * by when (its rule), what it says (its label), how Done records it, and what
 * its Draft button makes. The rules evaluator, the plugin (commands, view
 * buttons) and the CLI read this table; none of them lists kinds itself.
 */
import { format } from "date-fns";
import type { ChecklistKind } from "../checklists";
import { endOfLocalDay, type When } from "../dates";
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

export type DraftTarget = { letter: LetterKind } | { checklist: ChecklistKind };

export interface FollowUpKind {
	rule(input: RuleInput): Hit[];
	label(hit: Hit, input: RuleInput): string;
	done: DoneStep | ClearsItself;
	draft: DraftTarget;
}

const to = (people: Interviewer[]): string => (people.length ? ` to ${joinNames(people.map(formalName))}` : "");
const namesOr = (people: Interviewer[], fallback: string): string => joinNames(people.map(formalName)) || fallback;
const open = (iv: Interview): boolean => iv.outcome === "pending" || iv.outcome === "next-round";
const interested = (iv: Interview): boolean => iv.interest !== "no";

/** Table order is also the order of items due at the same moment in the same note. */
export const FOLLOW_UP_KINDS = {
	debrief: {
		rule: ({ date, begun }) => (date && begun ? [{ due: endOfLocalDay(date.at), people: [] }] : []),
		label: () => "Write your debrief while the interview is fresh",
		done: { step: "debriefed", commandId: "debriefed", command: "Mark debriefed", label: "Debriefed", write: { date: "debriefed" } },
		draft: { checklist: "debrief" },
	},
	"thank-you": {
		rule: ({ iv, date, settings }) => {
			if (!date || !interested(iv) || iv.outcome === "rejected" || iv.outcome === "withdrawn" || thankYouDone(iv)) return [];
			return [{ due: afterHours(date, settings.thankYouHours), people: iv.interviewers.filter((p) => !p.thanked) }];
		},
		label: (hit) => `Send a thank-you note${to(hit.people)}`,
		done: { step: "thank-you", commandId: "thank-you-sent", command: "Mark thank-you sent", label: "Thank-you sent", write: { date: "thank_you_sent" } },
		draft: { letter: "thank-you" },
	},
	withdrawal: {
		rule: ({ iv, date, settings }) =>
			date && !interested(iv) && open(iv) ? [{ due: afterHours(date, settings.thankYouHours), people: iv.interviewers }] : [],
		label: (hit) => `Send a withdrawal note${to(hit.people)}`,
		done: { step: "withdrawal", commandId: "withdrawal-sent", command: "Mark withdrawal sent", label: "Withdrawal sent", write: { date: "withdrawal_sent" } },
		draft: { letter: "withdrawal" },
	},
	references: {
		rule: ({ iv, date, settings }) =>
			date && interested(iv) && open(iv) && settings.referencesReminder ? [{ due: endOfLocalDay(date.at, 1), people: [] }] : [],
		label: () => "Let your references know they may be called",
		done: {
			step: "references",
			commandId: "references-notified",
			command: "Mark references notified",
			label: "References notified",
			write: { date: "references_notified" },
		},
		draft: { letter: "reference-heads-up" },
	},
	request: {
		rule: ({ iv, settings }) =>
			iv.requests.flatMap((r) =>
				r.asked && !r.sent ? [{ due: afterHours(r.asked, settings.requestHours), people: iv.interviewers, request: { item: r.item, index: r.index } }] : [],
			),
		label: (hit) => `Send what they asked for: ${hit.request?.item ?? ""}`,
		done: { step: "request", commandId: "request-sent", command: "Mark requested material sent", label: "Requested material sent", write: { request: true } },
		draft: { letter: "request-progress" },
	},
	"status-check": {
		rule: ({ iv, settings }) => {
			if (iv.outcome !== "pending" || !interested(iv) || !thankYouDone(iv) || iv.statusChecks.length >= settings.statusCheckMax) return [];
			const day = statusCheckNotBefore(iv, settings);
			return day ? [{ notBefore: day, due: endOfLocalDay(day), people: iv.interviewers }] : [];
		},
		label: (hit, { iv, settings }) => {
			const k = iv.statusChecks.length;
			const who = namesOr(hit.people, "them");
			return k === 0 ? `Ask ${who} whether a decision has been made` : `Ask ${who} again about the decision (check ${k + 1} of ${settings.statusCheckMax})`;
		},
		done: { step: "status-check", commandId: "status-check-sent", command: "Mark status check sent", label: "Status check sent", write: { append: "status_checks" } },
		draft: { letter: "status-check" },
	},
	"rejection-thanks": {
		rule: ({ iv, now, firstSeen }) =>
			iv.outcome === "rejected" ? [{ due: endOfLocalDay(iv.outcomeDate?.at ?? firstSeen ?? now, 1), people: iv.interviewers }] : [],
		label: (hit) => `Thank ${namesOr(hit.people, "them")} anyway and keep the door open`,
		done: {
			step: "rejection-thanks",
			commandId: "rejection-thanks-sent",
			command: "Mark thank-you after rejection sent",
			label: "Thank-you after the rejection sent",
			write: { date: "rejection_thanks_sent" },
		},
		draft: { letter: "rejection-thanks" },
	},
	"next-round-prep": {
		rule: ({ iv, now }) =>
			iv.outcome === "next-round" && iv.nextRound && iv.nextRound.at.getTime() > now.getTime()
				? [{ due: endOfLocalDay(iv.nextRound.at, -1), people: [] }]
				: [],
		label: (_hit, { iv }) => {
			const round = iv.nextRound;
			const when = round ? format(round.at, round.dateOnly ? "EEE d MMM" : "EEE d MMM 'at' HH:mm") : "";
			return `Prepare for the next round on ${when}${iv.nextStep ? `: ${iv.nextStep}` : ""}`;
		},
		done: { clears: "Preparation for the next round clears itself once the round's date has passed." },
		draft: { checklist: "next-round-prep" },
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

/** Frontmatter keys that record a step with one date (`debriefed`, `thank_you_sent`, …). */
export const DONE_DATE_KEYS: readonly string[] = DONE_STEPS.flatMap((s) => ("date" in s.write ? [s.write.date] : []));

export const isItemKind = (v: string): v is ItemKind => Object.prototype.hasOwnProperty.call(FOLLOW_UP_KINDS, v);
