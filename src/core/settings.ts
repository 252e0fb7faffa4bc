/**
 * Settings shared by the plugin (saved with saveData) and the CLI (read from
 * VAULT/.obsidian/plugins/interview-follow-up/data.json). Same keys in both.
 */
import { dateStyleForLocale, type DateStyle } from "./dates";
import { folderContains, vaultPathProblem } from "./paths";
import { isRecord } from "./values";

import { readReferences, type Reference } from "./people/references";

/** The formats of a written letter; the default format is one of these. */
export type WrittenFormat = "email" | "letter" | "card";
/** A draft's format: a written one, or talking points for a call (for the kinds that have them). */
export type LetterFormat = WrittenFormat | "call";
export type DraftLocation = "folder" | "section";
/** How the follow-ups view groups its rows. */
export const VIEW_GROUPINGS = ["time", "interview"] as const;
export type ViewGrouping = (typeof VIEW_GROUPINGS)[number];

export interface SenderDetails {
	name: string;
	address: string;
	email: string;
	phone: string;
}

export interface SectionHeadings {
	highlights: string;
	wishIHadSaid: string;
	sinceInterview: string;
	questionsAsked: string;
	debrief: string;
	drafts: string;
}

export interface Settings {
	/** Detection: `type: interview` in frontmatter. */
	detectByType: boolean;
	/** Detection: the tag `interview`, in frontmatter `tags` or inline `#interview`. */
	detectByTag: boolean;
	/** Detection: the note lies under `interviewsFolder`. */
	detectByFolder: boolean;
	interviewsFolder: string;
	draftsFolder: string;
	/** Letter templates are exported here; its notes are never interviews. */
	templatesFolder: string;
	draftLocation: DraftLocation;
	/** New-note file name; {{date}}, {{company}}, {{role}} are filled in. */
	fileNamePattern: string;
	thankYouHours: number;
	requestHours: number;
	/** With no decision date: days after the thank-you before a status check. */
	statusCheckWaitDays: number;
	/** Days between repeated status checks. */
	statusCheckRepeatDays: number;
	/** No more status checks after this many were sent. */
	statusCheckMax: number;
	referencesReminder: boolean;
	/** Days after the interview by which references and connections hear from you. */
	tellDays: number;
	/** Remind to note every interviewer's email or phone after the interview. */
	contactDetailsReminder: boolean;
	/** Days after the last allowed status check before closing an interview out. */
	closeOutDays: number;
	/** With no offer deadline: days after the offer to reply by. */
	offerReplyDays: number;
	/** The view's Upcoming group covers this many days. */
	upcomingDays: number;
	/** The view groups rows by time (Overdue, Today, …) or by interview; the view's toggle saves it. */
	viewGrouping: ViewGrouping;
	/** Tighter rows in the view. */
	compactRows: boolean;
	/** Items overdue by more than this many days go to the view's collapsed Stale group. */
	staleDays: number;
	/** A note New interview note starts from ("" = the built-in layout). */
	newNoteTemplate: string;
	/** Checklist lines with a date get a Tasks due date (` 📅 YYYY-MM-DD`). */
	tasksDueDates: boolean;
	defaultFormat: WrittenFormat;
	/** How letters, labels and the view write dates; when data.json has none, from the system locale. */
	dateStyle: DateStyle;
	sender: SenderDetails;
	headings: SectionHeadings;
	startupNotice: boolean;
	questionBankPath: string;
	icsPath: string;
	/** Your references: the reference heads-up drafts one letter to each. */
	references: Reference[];
}

export const DEFAULT_SETTINGS: Settings = {
	detectByType: true,
	detectByTag: true,
	detectByFolder: true,
	interviewsFolder: "Interviews",
	draftsFolder: "Interviews/Drafts",
	templatesFolder: "Interviews/Templates",
	draftLocation: "folder",
	fileNamePattern: "{{date}} {{company}} - {{role}}",
	thankYouHours: 24,
	requestHours: 24,
	statusCheckWaitDays: 7,
	statusCheckRepeatDays: 7,
	statusCheckMax: 3,
	referencesReminder: true,
	tellDays: 1,
	contactDetailsReminder: true,
	closeOutDays: 7,
	offerReplyDays: 2,
	upcomingDays: 14,
	viewGrouping: "time",
	compactRows: false,
	staleDays: 30,
	newNoteTemplate: "",
	tasksDueDates: false,
	defaultFormat: "email",
	// The locale default (resolveSettings with a locale) replaces this.
	dateStyle: "uk",
	sender: { name: "", address: "", email: "", phone: "" },
	headings: {
		highlights: "Highlights",
		wishIHadSaid: "Wish I had said",
		sinceInterview: "Since the interview",
		questionsAsked: "Questions they asked",
		debrief: "Debrief",
		drafts: "Drafts",
	},
	startupNotice: false,
	questionBankPath: "Interviews/Question bank.md",
	icsPath: "Interviews/Follow-ups.ics",
	references: [],
};

/** The settings that name a folder or file of the vault. */
export const PATH_SETTINGS = ["interviewsFolder", "draftsFolder", "templatesFolder", "questionBankPath", "icsPath", "newNoteTemplate"] as const;
export type PathSetting = (typeof PATH_SETTINGS)[number];

/** Folders whose notes are never interviews, so they must not hold the interviews folder. */
const APART_FROM_INTERVIEWS = { draftsFolder: "drafts folder", templatesFolder: "templates folder" } as const;

/** A path setting's text as it is kept: trimmed, without trailing slashes. */
export const normalisedPath = (value: string): string => value.trim().replace(/\/+$/, "") || value.trim();

/** "This path …" when `value` is not a path inside the vault; else null. */
export function pathProblem(value: string): string | null {
	const why = vaultPathProblem(normalisedPath(value));
	return why === null ? null : `This path ${why}.`;
}

/**
 * Why `value` cannot be setting `key` alongside the other `settings`, as
 * sentences; null when it can. Used by the settings tab and resolveSettings.
 */
export function pathSettingProblem(key: PathSetting, value: string, settings: Settings): string | null {
	const outside = pathProblem(value);
	if (outside !== null) return outside;
	const path = normalisedPath(value);
	const interviews = key === "interviewsFolder" ? path : settings.interviewsFolder;
	if (interviews === "") return null;
	for (const [other, name] of Object.entries(APART_FROM_INTERVIEWS) as [keyof typeof APART_FROM_INTERVIEWS, string][]) {
		if (key === other && folderContains(path, interviews)) {
			return `The ${name} cannot be the interviews folder (${interviews}) or contain it: every interview note would be hidden.`;
		}
		if (key === "interviewsFolder" && folderContains(settings[other], path)) {
			return `The interviews folder cannot be the ${name} (${settings[other]}) or lie inside it: notes there are never read as interviews.`;
		}
	}
	return null;
}

export interface SettingsResult {
	settings: Settings;
	/** One plain sentence per value that was ignored. */
	problems: string[];
}

type Check = (value: unknown) => boolean;
const isBool: Check = (v) => typeof v === "boolean";
const isText: Check = (v) => typeof v === "string";
const isNonEmptyText: Check = (v) => typeof v === "string" && v.trim() !== "";
const isCount = (min: number, max: number): Check => (v) => typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
const oneOf = (...allowed: string[]): Check => (v) => typeof v === "string" && allowed.includes(v);
/** A check and how a problem names the values it allows: "true or false", "a whole number of days". */
const FLAG: [Check, string] = [isBool, "true or false"];
const days = (min: number, max: number): [Check, string] => [isCount(min, max), "a whole number of days"];
const hours = (min: number, max: number): [Check, string] => [isCount(min, max), "a whole number of hours"];

const TOP_CHECKS: Record<string, [Check, string]> = {
	detectByType: FLAG,
	detectByTag: FLAG,
	detectByFolder: FLAG,
	interviewsFolder: [isText, "a folder path"],
	draftsFolder: [isNonEmptyText, "a folder path"],
	templatesFolder: [isNonEmptyText, "a folder path"],
	draftLocation: [oneOf("folder", "section"), "'folder' or 'section'"],
	fileNamePattern: [isNonEmptyText, "a file name pattern"],
	thankYouHours: hours(1, 24 * 14),
	requestHours: hours(1, 24 * 14),
	statusCheckWaitDays: days(1, 90),
	statusCheckRepeatDays: days(1, 90),
	statusCheckMax: [isCount(0, 20), "a whole number"],
	referencesReminder: FLAG,
	tellDays: days(0, 30),
	contactDetailsReminder: FLAG,
	closeOutDays: days(1, 90),
	offerReplyDays: days(0, 30),
	upcomingDays: days(1, 365),
	viewGrouping: [oneOf(...VIEW_GROUPINGS), "'time' or 'interview'"],
	compactRows: FLAG,
	staleDays: days(1, 3650),
	newNoteTemplate: [isText, "a note path"],
	tasksDueDates: FLAG,
	defaultFormat: [oneOf("email", "letter", "card"), "'email', 'letter' or 'card'"],
	dateStyle: [oneOf("us", "uk", "iso"), "'us', 'uk' or 'iso'"],
	startupNotice: FLAG,
	questionBankPath: [isNonEmptyText, "a note path"],
	icsPath: [isNonEmptyText, "a file path"],
};

function mergeStrings<T extends object>(defaults: T, raw: unknown, key: string, problems: string[], allowEmpty: boolean): T {
	const out = { ...defaults };
	if (raw === undefined) return out;
	if (!isRecord(raw)) {
		problems.push(`Setting '${key}' should be a group of values; the defaults are used.`);
		return out;
	}
	for (const name of Object.keys(defaults) as (keyof T & string)[]) {
		const v = raw[name];
		if (v === undefined) continue;
		if (typeof v !== "string" || (!allowEmpty && v.trim() === "")) {
			problems.push(`Setting '${key}.${name}' should be text; the default is used.`);
			continue;
		}
		(out as Record<string, unknown>)[name] = allowEmpty ? v : v.trim();
	}
	return out;
}

/**
 * Puts back the default of every path setting that leaves the vault, and of a
 * drafts or templates folder that would hide the interviews folder.
 */
function checkPaths(settings: Settings, raw: Record<string, unknown>, problems: string[]): void {
	const refuse = (key: PathSetting, problem: string): void => {
		problems.push(`Setting '${key}' (${JSON.stringify(raw[key])}) cannot be used. ${problem} The default is used.`);
		settings[key] = DEFAULT_SETTINGS[key];
	};
	for (const key of PATH_SETTINGS) {
		if (raw[key] === undefined) continue;
		// The interviews folder is checked against the others last, once they are settled.
		const problem = key === "interviewsFolder" ? pathProblem(settings[key]) : pathSettingProblem(key, settings[key], settings);
		if (problem !== null) refuse(key, problem);
	}
	// A custom interviews folder may lie inside a drafts or templates folder that is back at its default.
	const problem = pathSettingProblem("interviewsFolder", settings.interviewsFolder, settings);
	if (problem !== null) refuse("interviewsFolder", problem);
}

/** What the defaults depend on outside data.json. */
export interface SettingsEnvironment {
	/** The system's locale ("en-US", "de-DE"): the default `dateStyle` (see dateStyleForLocale). */
	locale?: string;
}

/**
 * Merges saved data over the defaults. Bad values are reported and replaced by
 * defaults; never throws. Without a locale the default date style is "uk".
 */
export function resolveSettings(raw: unknown, env: SettingsEnvironment = {}): SettingsResult {
	const problems: string[] = [];
	const settings: Settings = {
		...DEFAULT_SETTINGS,
		...(env.locale !== undefined ? { dateStyle: dateStyleForLocale(env.locale) } : {}),
		sender: { ...DEFAULT_SETTINGS.sender },
		headings: { ...DEFAULT_SETTINGS.headings },
		references: [],
	};
	if (raw === undefined || raw === null) return { settings, problems };
	if (!isRecord(raw)) {
		problems.push("Settings should be an object of named values; the defaults are used.");
		return { settings, problems };
	}
	const target = settings as unknown as Record<string, unknown>;
	for (const [key, [check, expected]] of Object.entries(TOP_CHECKS)) {
		const v = raw[key];
		if (v === undefined) continue;
		if (check(v)) target[key] = typeof v === "string" ? v.trim().replace(/\/+$/, "") || v : v;
		else problems.push(`Setting '${key}' should be ${expected}, not ${JSON.stringify(v)}; the default is used.`);
	}
	checkPaths(settings, raw, problems);
	settings.sender = mergeStrings(DEFAULT_SETTINGS.sender, raw.sender, "sender", problems, true);
	settings.headings = mergeStrings(DEFAULT_SETTINGS.headings, raw.headings, "headings", problems, false);
	settings.references = readReferences(raw.references, problems);
	return { settings, problems };
}
