/**
 * Every setting of src/core/settings.ts as a row of the settings tab and of
 * the data.json reference (docs/data-json.md): its group, words, control and
 * check. Pure data and functions, no Obsidian.
 */
import { pathSettingProblem, type PathSetting, type Settings } from "./settings";

type Top = Omit<Settings, "sender" | "headings">;
type TextKey = { [K in keyof Top]: Top[K] extends string ? K : never }[keyof Top];
type ScalarKey = { [K in keyof Top]: Top[K] extends readonly unknown[] ? never : K }[keyof Top];

/** Where a value lives: a top-level key, or one inside `sender` or `headings`. */
export type FieldPath =
	| { key: ScalarKey }
	| { key: "references" }
	| { group: "sender"; key: keyof Settings["sender"] }
	| { group: "headings"; key: keyof Settings["headings"] };

export type FieldControl =
	| { type: "toggle" }
	/** `check` sees the value as it would be saved, and the other settings as they are. */
	| { type: "text"; placeholder?: string; multiline?: boolean; check?: (value: string, settings: Settings) => string | null }
	| { type: "number"; min: number; max: number; unit: string }
	| { type: "dropdown"; options: Record<string, string> }
	/** One reference a line: "Name | email | phone | relationship". */
	| { type: "references" };

export interface Field {
	path: FieldPath;
	name: string;
	desc: string;
	control: FieldControl;
	/** The default in words, for a setting whose default is not one fixed value (docs/data-json.md). */
	defaultText?: string;
}

export interface FieldGroup {
	heading: string;
	fields: Field[];
}

const notEmpty = (what: string) => (v: string): string | null => (v.trim() === "" ? `Enter ${what}.` : null);
const endsWith = (ext: string, what: string) => (v: string): string | null =>
	v.trim() === "" ? `Enter ${what}.` : v.trim().toLowerCase().endsWith(ext) ? null : `The path should end in ${ext}.`;

type TextCheck = (value: string, settings: Settings) => string | null;

/** A path setting: `first` (if any) and then the vault path check of core/settings. */
const pathCheck = (key: PathSetting, first?: TextCheck): TextCheck => (v, settings) =>
	first?.(v, settings) ?? pathSettingProblem(key, v, settings);

const top = (key: ScalarKey, name: string, desc: string, control: FieldControl): Field => ({ path: { key }, name, desc, control });
const toggle = (): FieldControl => ({ type: "toggle" });
const number = (min: number, max: number, unit: string): FieldControl => ({ type: "number", min, max, unit });
const text = (key: TextKey, name: string, desc: string, check?: TextCheck, placeholder?: string): Field =>
	top(key, name, desc, { type: "text", ...(check ? { check } : {}), ...(placeholder ? { placeholder } : {}) });
const heading = (key: keyof Settings["headings"], name: string): Field => ({
	path: { group: "headings", key },
	name,
	desc: "Matched in any letter case, at any heading level.",
	control: { type: "text", check: notEmpty("a heading") },
});
const sender = (key: keyof Settings["sender"], name: string, desc: string, multiline = false): Field => ({
	path: { group: "sender", key },
	name,
	desc,
	control: { type: "text", ...(multiline ? { multiline } : {}) },
});

export const FIELD_GROUPS: FieldGroup[] = [
	{
		heading: "Finding interview notes",
		fields: [
			top("detectByType", "By type", "Notes whose properties say type: interview.", toggle()),
			top("detectByTag", "By tag", "Notes tagged #interview, in properties or in the text.", toggle()),
			top("detectByFolder", "By folder", "Notes inside the interviews folder.", toggle()),
			text("interviewsFolder", "Interviews folder", "New interview notes are created here.", pathCheck("interviewsFolder"), "Interviews"),
		],
	},
	{
		heading: "New notes and drafts",
		fields: [
			text("fileNamePattern", "File name pattern", "{{date}}, {{company}} and {{role}} are filled in.", notEmpty("a file name pattern")),
			text(
				"newNoteTemplate",
				"Template note",
				"New interview note starts from this note: its properties merged with the ones you enter, {{title}}, {{date}}, {{time}}, {{company}}, {{role}} and {{interviewers}} filled in. Empty: the built-in layout.",
				pathCheck("newNoteTemplate", (v) => (v.trim() === "" || v.trim().toLowerCase().endsWith(".md") ? null : "The path should end in .md.")),
				"Templates/Interview.md",
			),
			top("draftLocation", "Where drafts go", "A new note per draft, or a section at the end of the interview note.", {
				type: "dropdown",
				options: { folder: "New note in the drafts folder", section: "Section in the interview note" },
			}),
			text("draftsFolder", "Drafts folder", "Draft notes are created here.", pathCheck("draftsFolder", notEmpty("a folder"))),
			text("templatesFolder", "Templates folder", "Letter templates are kept here; its notes are never read as interviews.", pathCheck("templatesFolder", notEmpty("a folder"))),
			top("tasksDueDates", "Tasks due dates in checklists", "Checklist lines with a date end with 📅 and the day, so the Tasks and Reminder plugins pick them up.", toggle()),
			top("defaultFormat", "Default letter format", "Preselected when you draft a letter.", {
				type: "dropdown",
				options: { email: "Email", letter: "Formal letter", card: "Short card" },
			}),
			{
				...top("dateStyle", "Date style", "How letters, follow-up labels and the view write dates. Until you choose, it follows the system's language.", {
					type: "dropdown",
					options: { us: "US: November 21, 2026", uk: "UK: 21 November 2026", iso: "ISO: 2026-11-21" },
				}),
				defaultText: "from the system locale: `\"us\"` for US English (`en-US`, or `en` alone), else `\"uk\"`",
			},
		],
	},
	{
		heading: "Timing",
		fields: [
			top("thankYouHours", "Thank-you within", "Hours after the interview.", number(1, 336, "hours")),
			top("requestHours", "Requested material within", "Hours after the request.", number(1, 336, "hours")),
			top("statusCheckWaitDays", "First status check after", "Days after the thank-you, when they gave no decision date.", number(1, 90, "days")),
			top("statusCheckRepeatDays", "Days between status checks", "Wait this long before checking in again.", number(1, 90, "days")),
			top("statusCheckMax", "Most status checks", "No more reminders after this many were sent.", number(0, 20, "checks")),
			top("referencesReminder", "Remind me to tell my references", "A heads-up the day after the interview.", toggle()),
			top("tellDays", "Tell references and connections within", "Days after the interview.", number(0, 30, "days")),
			top("contactDetailsReminder", "Remind me to note contact details", "After the interview, until every interviewer has an email or phone in the note.", toggle()),
			top("closeOutDays", "Close out after the last status check", "Days to wait after the last allowed status check before closing the interview out.", number(1, 90, "days")),
			top("offerReplyDays", "Reply to an offer with no deadline within", "Days after the offer.", number(0, 30, "days")),
		],
	},
	{
		heading: "Follow-ups view",
		fields: [
			top("upcomingDays", "Upcoming covers", "Days ahead shown under Upcoming.", number(1, 365, "days")),
			top("viewGrouping", "Group follow-ups", "By when they are due, or one group per interview. The toggle at the top of the view changes it too.", {
				type: "dropdown",
				options: { time: "By time", interview: "By interview" },
			}),
			top("compactRows", "Compact rows", "Tighter rows, so more follow-ups fit on a screen.", toggle()),
			top("staleDays", "Stale after", "Follow-ups overdue by more than this many days wait in a collapsed Stale group.", number(1, 3650, "days")),
			top("startupNotice", "Notice at startup", "Say how many follow-ups are overdue when Obsidian starts.", toggle()),
		],
	},
	{
		heading: "Your details for letters",
		fields: [
			sender("name", "Your name", "Signs every letter."),
			sender("address", "Postal address", "The sender block of formal letters.", true),
			sender("email", "Email address", "Shown under your name."),
			sender("phone", "Phone number", "Shown under your name."),
		],
	},
	{
		heading: "Your references",
		fields: [
			{
				path: { key: "references" },
				name: "References",
				desc: "One a line: name | email | phone | how you know them. The name may be a link to their note. The reference heads-up drafts a letter to each.",
				control: { type: "references" },
			},
		],
	},
	{
		heading: "Section headings",
		fields: [
			heading("highlights", "What stood out"),
			heading("wishIHadSaid", "What I wish I had said"),
			heading("sinceInterview", "News since the interview"),
			heading("questionsAsked", "Questions they asked"),
			heading("debrief", "Debrief"),
			heading("drafts", "Drafts inside a note"),
		],
	},
	{
		heading: "Generated files",
		fields: [
			text("questionBankPath", "Question bank note", "Rebuilt by the question bank command.", pathCheck("questionBankPath", endsWith(".md", "a note path"))),
			text("icsPath", "Calendar file", "Written by the calendar export.", pathCheck("icsPath", endsWith(".ics", "a file path"))),
		],
	},
];

export function readField(settings: Settings, path: FieldPath): unknown {
	if (!("group" in path)) return settings[path.key];
	return path.group === "sender" ? settings.sender[path.key] : settings.headings[path.key];
}

/** A copy of `settings` with one value changed. */
export function withField(settings: Settings, path: FieldPath, value: unknown): Settings {
	if (!("group" in path)) return { ...settings, [path.key]: value };
	if (path.group === "sender") return { ...settings, sender: { ...settings.sender, [path.key]: value } };
	return { ...settings, headings: { ...settings.headings, [path.key]: value } };
}

/** Parses a number field's text: the number, or a message saying what to enter. */
export function parseCount(text: string, min: number, max: number): { ok: true; value: number } | { ok: false; message: string } {
	const t = text.trim();
	const n = /^\d+$/.test(t) ? Number(t) : NaN;
	if (Number.isInteger(n) && n >= min && n <= max) return { ok: true, value: n };
	return { ok: false, message: `Enter a whole number from ${min} to ${max}.` };
}
