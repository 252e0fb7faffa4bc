/**
 * Checklists the user inserts into an interview note (DESIGN §3): a heading
 * line and a GFM task list. Items are concrete and, when an interview is
 * given, name its company, role, people and dates.
 */
import { addLocalDays, clockTime, formatLocalDate, longDate, type DateStyle, type When } from "./dates";
import { formalName, type Interview, type Interviewer } from "./interview";
import { findSection } from "./sections";

export const CHECKLIST_KINDS = ["debrief", "questions-to-ask", "after-interview", "next-round-prep", "thank-you-review"] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

export interface Checklist {
	kind: ChecklistKind;
	title: string;
	/** A heading line and a GFM task list ("- [ ] …"), ending in one line break. */
	markdown: string;
}

/** Each checklist's own heading; hasChecklist looks for it. */
export const CHECKLIST_TITLES: Record<ChecklistKind, string> = {
	debrief: "Debrief checklist",
	"questions-to-ask": "Questions to ask before you leave",
	"after-interview": "After-interview actions",
	"next-round-prep": "Next-round preparation",
	"thank-you-review": "Thank-you note review",
};

/** A checklist line, with the day it is due by when it has one (for Tasks due dates). */
type Line = string | { text: string; due: Date };

const by = (text: string, due: When | undefined): Line => (due ? { text, due: due.at } : text);

export interface ChecklistOptions {
	/** End dated lines with a Tasks due date, " 📅 YYYY-MM-DD" (setting tasksDueDates). */
	tasksDueDates?: boolean;
	/** How dates are written (setting dateStyle); "uk" when not given. */
	dateStyle?: DateStyle;
}

/** Level 3, so that a checklist inserted under a "## Debrief" section stays inside it. */
const HEADING_LEVEL = 3;

/** What the item builders know about the interview, with plain fallbacks when there is none. */
interface Facts {
	interview?: Interview;
	company: string;
	/** "the Operations Analyst role" or "the role". */
	role: string;
	people: Interviewer[];
	/** "Ms. Whitfield and Sam Ortiz", or a fallback. */
	names: (fallback: string) => string;
	/** "Thursday 3 December 2026" in the user's date style, with the time when given and wanted. */
	day: (when: When, withTime?: boolean) => string;
}

function listWords(words: string[]): string {
	if (words.length <= 1) return words.join("");
	return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1] ?? ""}`;
}

function factsOf(interview: Interview | undefined, style: DateStyle): Facts {
	const people = interview?.interviewers ?? [];
	const company = interview?.company.trim() ?? "";
	const role = interview?.role.trim() ?? "";
	return {
		...(interview ? { interview } : {}),
		company: company === "" ? "the company" : company,
		role: role === "" ? "the role" : `the ${role} role`,
		people,
		names: (fallback) => (people.length === 0 ? fallback : listWords(people.map(formalName))),
		day: (when, withTime = true) => dayWords(when, withTime, style),
	};
}

/** "Thursday 3 December 2026" (uk), "Thursday, December 3, 2026" (us), "2026-12-03" (iso), with ", 14:00" when a time was given and wanted. */
export function dayWords(when: When, withTime = true, style: DateStyle = "uk"): string {
	const d = when.at;
	const day = style === "iso" ? longDate(d, style) : `${WEEKDAY_NAMES[d.getDay()] ?? ""}${style === "us" ? "," : ""} ${longDate(d, style)}`;
	return when.dateOnly || !withTime ? day : `${day}${style === "iso" ? "" : ","} ${clockTime(d)}`;
}

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function debriefItems(f: Facts): Line[] {
	const day = f.interview?.date;
	const items: Line[] = [
		day
			? by(`Write this debrief on ${f.day(day, false)}, the day of the interview, while you still remember the details.`, day)
			: "Write this debrief on the day of the interview, while you still remember the details.",
		`In one or two lines: did the interview with ${f.company} go well, and why do you think so?`,
		"List what went well: the answers you gave with ease and the parts of your experience that came across best.",
		"List what did not go well: questions you stumbled on, answered vaguely or ran out of time on, and what tripped you up.",
		"Describe any awkward moment: what was said, and why it felt awkward.",
		`Name the skills ${f.company} is looking for in ${f.role}; beside each, note whether you backed it with a real example.`,
		"Write down every question they asked, each with a short note of how you answered it, so the question bank can collect them.",
		"Note the point you wish you had made; it can go into your thank-you note.",
	];
	for (const p of f.people) {
		items.push(`Note one thing ${formalName(p)} told you that you can mention in your thank-you note.`);
	}
	const boss = f.people[0] ? formalName(f.people[0]) : "the person you would report to";
	items.push(
		"Now turn it round: you were judging them too. Did you build any rapport, and with whom?",
		`What did the day tell you about how ${f.company} works: pace, tone, how people spoke to each other?`,
		`Would you want to work for ${boss}? Write down what makes you say yes or no.`,
		"Did anything come up that rules the job out for you (pay, hours, travel, values)? Name it plainly.",
		"Are you keener on the job than before you walked in? If not, write down what changed.",
		`Fit: what excites you about ${f.role}, what worries you, and does it match what you want next?`,
		"Be honest: are you a top candidate for this job? Write down why, or why not.",
		"Pick the two or three answers you most need to practise before your next interview.",
		"Compare this job with your other options; if you no longer want it, set interest to no (or unsure) in the note.",
	);
	return items;
}

function questionsToAskItems(f: Facts): Line[] {
	const decision = f.interview?.decisionBy;
	const whom = f.names("each interviewer");
	return [
		`Ask what the most important thing to achieve in the first months of ${f.role} would be.`,
		"Ask what the hardest challenge for the person in this job will be.",
		"Ask how many interview rounds there are, and how far along in the process you are.",
		decision
			? by(`Check that the decision is still expected by ${f.day(decision)}.`, decision)
			: "Ask when they expect to decide, so that you know when a status check is fair.",
		"Ask what the next step is, and who will contact you about it.",
		`Ask ${whom} whether they prefer to be contacted by email or by phone.`,
		`Get a business card, or the full name, job title, email and phone number, from ${whom}.`,
		"Ask what they would like to see from a candidate in the next round.",
	];
}

function missingContact(p: Interviewer): string | undefined {
	const missing = [p.title ? "" : "job title", p.email || p.phone ? "" : "email or phone"].filter((s) => s !== "");
	return missing.length === 0 ? undefined : `Find ${p.name}'s ${listWords(missing)} (a business card, the invitation email or the company website).`;
}

function afterInterviewItems(f: Facts): Line[] {
	const day = f.interview?.date;
	const thanks =
		f.people.length > 1
			? `Send each of ${f.names("")} a specific thank-you within 24 hours of the interview.`
			: `Send ${f.names("every interviewer")} a specific thank-you within 24 hours of the interview.`;
	const items: Line[] = [
		by("Fill in the debrief checklist today, while the details are fresh.", day),
		day ? { text: thanks, due: addLocalDays(day.at, 1) } : thanks,
	];
	for (const p of f.people) {
		const gap = missingContact(p);
		if (gap) items.push(gap);
	}
	items.push(`If you no longer want ${f.role}, send a courteous withdrawal instead of a thank-you.`);
	for (const r of f.interview?.requests ?? []) {
		const text = `Send the ${r.item} to ${f.company} within 24 hours of being asked, or tell them when it will come.`;
		if (!r.sent) items.push(r.asked ? { text, due: addLocalDays(r.asked.at, 1) } : text);
	}
	if ((f.interview?.requests.length ?? 0) === 0) {
		items.push("Send anything they asked for (documents, references) within 24 hours, or tell them when it will come.");
	}
	const decision = f.interview?.decisionBy;
	const connections = f.interview?.connections ?? [];
	items.push(
		`Tell your references that ${f.company} may call them about ${f.role}.`,
		...(connections.length > 0
			? [`Let ${listWords(connections.map((p) => p.name))} know how the interview went, and thank them for any help.`]
			: []),
		decision
			? by(`Leave the decision to them until ${f.day(decision)}, the date they gave; only once that day has passed, one polite status check.`, decision)
			: "With no decision date, wait a week after your thank-you before one polite status check.",
		"If there is still no news, check again a week later, three times at most; after the third, close it out (outcome: no-response) and move on.",
		"If they turn you down, send a short, gracious thank-you anyway: it keeps the door open for the next opening.",
		"Record each step in the note as you do it (thank_you_sent, references_notified, status_checks).",
		"Keep applying elsewhere until you hold a signed offer.",
		`Follow news about ${f.company} and its industry; something new can go into a later follow-up.`,
		`Tell contacts who know people at ${f.company} that you interviewed there.`,
	);
	return items;
}

function nextRoundItems(f: Facts): Line[] {
	const i = f.interview;
	const items: Line[] = [];
	if (i?.nextRound) items.push(by(`Put the next round on ${f.day(i.nextRound)} in your calendar and keep the day before free to prepare.`, i.nextRound));
	items.push(
		i?.nextStep
			? `Find out what "${i.nextStep}" will cover, how long it takes and who you will meet.`
			: "Find out what the next round will cover, how long it takes and who you will meet.",
		`Look up the people you will meet at ${f.company}: their roles, background and what they work on.`,
		"Reread the debrief of the last round and practise the answers you marked as weak, aloud.",
		"Reread the highlights of the last round, so you can show you listened.",
		`Prepare two or three short stories with results for the skills ${f.company} stressed.`,
		"Prepare fresh questions for this stage; do not repeat the ones already answered.",
		"Check the practical side: place or video link, start time, who to ask for and what to bring.",
		"Tell your references that a call may come soon.",
	);
	return items;
}

function thankYouReviewItems(f: Facts): string[] {
	const items: string[] = [];
	for (const p of f.people) {
		const name = formalName(p);
		items.push(
			name === p.name
				? `${p.name}'s name is spelt exactly so, and the letter opens "Dear ${p.name}".`
				: `${p.name}'s name is spelt exactly so, and the letter opens "Dear ${name}", not with a first name.`,
		);
	}
	if (f.people.length === 0) items.push("Each name is spelt as on the business card, with an honorific and surname or the full name; never a first name alone.");
	if (f.interview?.company.trim()) items.push(`The company is spelt "${f.interview.company.trim()}" everywhere, exactly as the organisation writes it.`);
	else items.push("The organisation's name is spelt exactly as it writes it, everywhere in the letter.");
	items.push("A posted letter carries the organisation's full, current address, checked against its website or the invitation.");
	items.push(
		"It thanks them for their time.",
		"It names one specific thing from the conversation and, where you can, ties it to your own experience.",
		"It adds, briefly, the point you wish you had made.",
		`It says plainly that you want ${f.role}, and offers any further information they need.`,
		"It has at most three short paragraphs.",
		"No emoticons or emoji, no casual words, nothing negative or needy.",
		"No [TODO: …] placeholder is left, and the spelling and grammar are checked.",
		"It goes out within 24 hours of the interview; then record thank_you_sent.",
	);
	return items;
}

const BUILDERS: Record<ChecklistKind, (f: Facts) => Line[]> = {
	debrief: debriefItems,
	"questions-to-ask": questionsToAskItems,
	"after-interview": afterInterviewItems,
	"next-round-prep": nextRoundItems,
	"thank-you-review": thankYouReviewItems,
};

/** The checklist of this kind, filled with the interview's names and dates when given. */
export function checklist(kind: ChecklistKind, interview?: Interview, options: ChecklistOptions = {}): Checklist {
	const title = CHECKLIST_TITLES[kind];
	const items = BUILDERS[kind](factsOf(interview, options.dateStyle ?? "uk")).map((line) => {
		const text = (typeof line === "string" ? line : line.text).replace(/\s*\n\s*/g, " ");
		// The Tasks plugin's due-date signifier; the Reminder plugin reads it too.
		const due = options.tasksDueDates && typeof line !== "string" ? ` 📅 ${formatLocalDate(line.due)}` : "";
		return `- [ ] ${text}${due}`;
	});
	return { kind, title, markdown: `${"#".repeat(HEADING_LEVEL)} ${title}\n\n${items.join("\n")}\n` };
}

/**
 * True when the text has this checklist's heading: at any level, in any case,
 * with trailing spaces; not inside fenced code, and never the same words in a paragraph.
 */
export function hasChecklist(text: string, kind: ChecklistKind): boolean {
	return findSection(text, CHECKLIST_TITLES[kind]) !== null;
}
