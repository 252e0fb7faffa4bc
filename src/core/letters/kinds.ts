/**
 * The letter kinds of DESIGN §3.1, one descriptor each: how it is named (in
 * titles, file names, commands and help), who it goes to, how its body is
 * composed, what it warns about, and whether review expects a specific detail
 * from the note. Drafting, review, the plugin and the CLI read this table.
 */
import type { Interview, Interviewer } from "../interview";
import type { Settings } from "../settings";
import { rejectionThanks, withdrawal } from "./closing";
import { connectionUpdate } from "./connection";
import type { LetterContext, Reader } from "./context";
import { materials } from "./materials";
import { offerThanks, offerWarnings } from "./offer";
import { connectionCall, requestProgressCall, statusCheckCall } from "./calls";
import type { Composition, TalkingPoints } from "./formats";
import { connectionsOf, contactOnly, nobodyAtTheCompany, unthankedInterviewers } from "./recipients";
import { referenceHeadsUp } from "./reference";
import { requestProgress, statusCheck } from "./status";
import { thankYou } from "./thank-you";
import { statusCheckWarnings } from "./timing";

export interface LetterKindSpec {
	/** In a draft's title: "Thank-you note to Ms. Whitfield — Northwind Traders". */
	title: string;
	/** In file names, draft blocks and modals: "2026-11-22 Thank-you — Northwind Traders". */
	short: string;
	/** The plugin command `draft-<kind>`. */
	command: string;
	/** One line for the CLI's help: who it goes to and what it does. */
	help: string;
	/** Who it is for: the company's people, the user's reference, or a connection from the note's `connections`. */
	reader: Reader;
	/**
	 * "first-name": the letter greets its reader by first name (their
	 * `salutation` when given), as one writes to someone one knows; review then
	 * does not flag a first-name salutation. Default: formal (DESIGN §1.1).
	 */
	addressBy?: "formal" | "first-name";
	/** One letter to each of these (see recipients.ts). */
	recipients(iv: Interview): Interviewer[];
	compose(ctx: LetterContext): Composition;
	/** A kind a phone call can replace: its talking points (format call). */
	talkingPoints?(ctx: LetterContext): TalkingPoints;
	/** Plain sentences for the user when drafting this kind now may be a mistake. */
	warnings(iv: Interview, settings: Settings, now: Date): string[];
	/** Review flags a draft of this kind that names nothing from the note. */
	needsSpecific: boolean;
	/** The letter is about one of the note's open requests (so it needs one). */
	aboutRequest?: boolean;
}

const none = (): string[] => [];

/** Table order is the order of commands and help. */
export const LETTER_KIND_TABLE = {
	"thank-you": {
		title: "Thank-you note",
		short: "Thank-you",
		command: "Draft thank-you note",
		help: "to each interviewer not yet marked thanked",
		reader: "company",
		recipients: unthankedInterviewers,
		compose: thankYou,
		warnings: (iv) =>
			iv.interest === "no" ? ["The note says interest: no. A thank-you states your interest in the role; a withdrawal note may be what you need."] : [],
		needsSpecific: true,
	},
	withdrawal: {
		title: "Withdrawal note",
		short: "Withdrawal",
		command: "Draft withdrawal note",
		help: "to the contact (--to all: everyone): thanks, withdraws gracefully, door left open",
		reader: "company",
		recipients: contactOnly,
		compose: withdrawal,
		warnings: none,
		needsSpecific: false,
	},
	"rejection-thanks": {
		title: "Thank-you after a rejection",
		short: "Thank-you after rejection",
		command: "Draft thank-you after a rejection",
		help: "to the contact (--to all: everyone): thanks after a rejection, door left open",
		reader: "company",
		recipients: contactOnly,
		compose: rejectionThanks,
		warnings: (iv) =>
			iv.outcome === "rejected" ? [] : [`The note's outcome is '${iv.outcome}', not 'rejected'; send this only once they have turned you down.`],
		needsSpecific: true,
	},
	"status-check": {
		title: "Status check",
		short: "Status check",
		command: "Draft status check",
		help: "to the contact (contact:, else the first interviewer; --to all: everyone)",
		reader: "company",
		recipients: contactOnly,
		compose: statusCheck,
		talkingPoints: statusCheckCall,
		warnings: statusCheckWarnings,
		needsSpecific: false,
	},
	"request-progress": {
		title: "Progress note on a request",
		short: "Request progress",
		command: "Draft progress note on a late request",
		help: "to the contact: a requested item is late, and when it will come",
		reader: "company",
		recipients: contactOnly,
		compose: requestProgress,
		talkingPoints: requestProgressCall,
		warnings: none,
		needsSpecific: false,
		aboutRequest: true,
	},
	materials: {
		title: "Cover note sending requested material",
		short: "Materials",
		command: "Draft cover note sending requested material",
		help: "to the contact: sends what they asked for (a requests: item; --item names it)",
		reader: "company",
		recipients: contactOnly,
		compose: materials,
		warnings: none,
		needsSpecific: false,
		aboutRequest: true,
	},
	"offer-thanks": {
		title: "Thanks for the offer",
		short: "Offer thanks",
		command: "Draft thanks for an offer",
		help: "to the contact: thanks for the offer, and when you will answer (by offer_deadline:)",
		reader: "company",
		recipients: contactOnly,
		compose: offerThanks,
		warnings: (iv) => offerWarnings(iv.outcome),
		needsSpecific: false,
	},
	"connection-update": {
		title: "Update to a connection",
		short: "Connection update",
		command: "Draft update to a connection",
		help: "to each of the note's connections: where you interviewed, for what, a light ask (greets them by first name)",
		reader: "connection",
		addressBy: "first-name",
		recipients: connectionsOf,
		compose: connectionUpdate,
		talkingPoints: connectionCall,
		warnings: (iv) => (iv.connections.length > 0 ? [] : ["The note lists no connections: add connections: with the people you know near the company."]),
		needsSpecific: false,
	},
	"reference-heads-up": {
		title: "Heads-up to a reference",
		short: "Reference heads-up",
		command: "Draft heads-up to a reference",
		help: "to each reference in the settings: who may call, from which company, for which role",
		reader: "reference",
		recipients: nobodyAtTheCompany,
		compose: referenceHeadsUp,
		warnings: none,
		needsSpecific: false,
	},
} as const satisfies Record<string, LetterKindSpec>;

export type LetterKind = keyof typeof LETTER_KIND_TABLE;

export const LETTER_KINDS = Object.keys(LETTER_KIND_TABLE) as LetterKind[];

/** A kind's descriptor, typed as the general shape. */
export const letterKind = (kind: LetterKind): LetterKindSpec => LETTER_KIND_TABLE[kind];

export const isLetterKind = (v: string): v is LetterKind => Object.prototype.hasOwnProperty.call(LETTER_KIND_TABLE, v);
