/** The letter formats and the shapes drafting takes in and gives back. */
import type { Interview } from "../interview";
import type { NoteSections } from "../sections";
import type { Person } from "../people";
import type { LetterFormat, Settings, WrittenFormat } from "../settings";
import { letterKind, type LetterKind } from "./kinds";
import type { TemplateLookup } from "./templates/files";

export const LETTER_FORMATS: readonly LetterFormat[] = ["email", "letter", "card", "call"];

export const isLetterFormat = (v: string): v is LetterFormat => (LETTER_FORMATS as readonly string[]).includes(v);

/**
 * The format a draft opens in when the user has not chosen: a call when the
 * kind has talking points and its one reader prefers the phone, else `fallback`.
 */
export function preferredFormat(kind: LetterKind, readers: readonly Person[], fallback: WrittenFormat): LetterFormat {
	const [only, ...others] = readers;
	return others.length === 0 && only?.prefers === "phone" && formatsOf(kind).includes("call") ? "call" : fallback;
}

/** The formats a kind is drafted in: every written one, and a call for a kind with talking points. */
export const formatsOf = (kind: LetterKind): LetterFormat[] =>
	LETTER_FORMATS.filter((f) => f !== "call" || letterKind(kind).talkingPoints !== undefined);

export interface Draft {
	kind: LetterKind;
	format: LetterFormat;
	/** The interviewer's full name, when the letter is addressed to one. */
	recipient?: string;
	/** Their email address, when the notes (or their person note) give one. */
	email?: string;
	/** Email only. The text also opens with a "Subject: …" line, so it is complete as it stands. */
	subject?: string;
	/** A short description, e.g. "Thank-you note to Ms. Whitfield — Northwind Traders". */
	title: string;
	/** The whole letter, ready to copy once its placeholders are filled; ends with a line break. */
	text: string;
	/** Plain sentences for the user (e.g. a status check drafted before its date). */
	warnings: string[];
}

export interface DraftRequest {
	interview: Interview;
	sections: NoteSections;
	settings: Settings;
	kind: LetterKind;
	format: LetterFormat;
	now: Date;
	/** Only the letter to this person (see people/match.ts: a unique first name or surname is enough). */
	to?: string;
	/** One letter to everyone at the company (or each reference), whatever the kind's policy. */
	everyone?: boolean;
	/** The note's `company_address`, a line each (read with review/address's addressLines); formal letters use it. */
	companyAddress?: string[];
	/** request-progress: the requested item; defaults to the first one not yet sent. */
	requestItem?: string;
	/** The user's templates (their templates folder); the built-ins otherwise. */
	templates?: TemplateLookup;
}
