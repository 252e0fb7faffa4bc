/** Types shared by the review rules (re-exported by src/core/review.ts). */
import type { Interview } from "../interview";
import type { LetterKind } from "../letters/index";
import type { NoteSections } from "../sections";
import type { LetterFormat, Settings } from "../settings";
import type { Speller } from "./spelling";

export const FINDING_RULES = [
	"name-spelling",
	"first-name-salutation",
	"wrong-surname",
	"emoticon",
	"informal",
	"negative-tone",
	"too-long",
	"not-specific",
	"placeholder",
	"too-early",
	"spelling",
	"address",
] as const;
export type FindingRule = (typeof FINDING_RULES)[number];

export type Severity = "error" | "warning";

export interface Finding {
	rule: FindingRule;
	severity: Severity;
	/** What is wrong and what to change, in one or two plain sentences. */
	message: string;
	/** 1-based line within the reviewed text. */
	line: number;
}

export interface ReviewContext {
	now: Date;
	settings: Settings;
	/** The interview the draft was written for: enables name spelling and the status-check date. */
	interview?: Interview;
	/** The interview note's sections: enables the "not specific" check. */
	sections?: NoteSections;
	/** The kind of letter, when known (e.g. from the draft's frontmatter). */
	kind?: LetterKind;
	/** The format, when known: a card has a lower word limit than an email or letter. */
	format?: LetterFormat;
	/** A spelling dictionary (the CLI's); without one, spelling is not checked. */
	speller?: Speller;
	/** The interview note's whole text: its words are known words for spelling. */
	noteText?: string;
	/** The note's `company_address`, a line each (see addressLines): a formal letter's recipient block is checked against it. */
	companyAddress?: string[];
}

/**
 * Errors are what a reader would notice at once and hold against the writer
 * (a misspelt name, a leftover placeholder, chasing before the date they gave);
 * warnings are matters of tone and length that the writer may judge otherwise.
 */
export const SEVERITY: Record<FindingRule, Severity> = {
	"name-spelling": "error",
	"first-name-salutation": "warning",
	"wrong-surname": "error",
	emoticon: "warning",
	informal: "warning",
	"negative-tone": "warning",
	"too-long": "warning",
	"not-specific": "warning",
	placeholder: "error",
	"too-early": "error",
	spelling: "warning",
	address: "error",
};

/** A finding without severity; the rule decides it. */
export type RawFinding = Omit<Finding, "severity"> & {
	/** The word it is about, when it is about one (a misspelt name is not a spelling finding too). */
	word?: string;
};
