/**
 * The Obsidian Bases file "Create interviews base" writes (DESIGN §4): the
 * interview notes as a table, with three views. Format: help.obsidian.md/bases/syntax
 * — top-level `filters` (a filter string, or an object with one of and/or/not
 * holding a list of filters) and `views` (each with type, name, filters, order);
 * `properties` gives columns their display names.
 */
import type { Settings } from "./settings";

type Filter = string | { and: Filter[] } | { or: Filter[] } | { not: Filter[] };

export interface BaseView {
	type: "table";
	name: string;
	filters?: Filter;
	order: string[];
}

export interface BaseFile {
	filters: Filter;
	properties: Record<string, { displayName: string }>;
	views: BaseView[];
}

/** The base's path: Interviews.base in the interviews folder. */
export const interviewsBasePath = (settings: Settings): string => (settings.interviewsFolder ? `${settings.interviewsFolder}/Interviews.base` : "Interviews.base");

const str = (text: string): string => JSON.stringify(text);

/** Which notes are interviews, as the detection settings say; drafts and templates never are. */
function interviewFilter(settings: Settings): Filter {
	const any: Filter[] = [];
	if (settings.detectByType) any.push('type == "interview"');
	if (settings.detectByTag) any.push(`file.hasTag(${str("interview")})`);
	if (settings.detectByFolder && settings.interviewsFolder) any.push(`file.inFolder(${str(settings.interviewsFolder)})`);
	return {
		and: [
			'file.ext == "md"',
			{ or: any.length > 0 ? any : ['type == "interview"'] },
			{ not: [`file.inFolder(${str(settings.draftsFolder)})`, `file.inFolder(${str(settings.templatesFolder)})`] },
		],
	};
}

const COLUMNS = ["file.name", "company", "role", "date", "outcome", "decision_by"];

export function interviewsBase(settings: Settings): BaseFile {
	return {
		filters: interviewFilter(settings),
		properties: {
			company: { displayName: "Company" },
			role: { displayName: "Role" },
			date: { displayName: "Interview" },
			outcome: { displayName: "Outcome" },
			decision_by: { displayName: "Decision by" },
		},
		views: [
			{ type: "table", name: "All interviews", order: COLUMNS },
			{ type: "table", name: "Awaiting a decision", filters: { and: [{ or: ['outcome == "pending"', "outcome.isEmpty()"] }, "date <= now()"] }, order: COLUMNS },
			{ type: "table", name: "This week", filters: { and: ["date >= today()", 'date < today() + "7d"'] }, order: COLUMNS },
		],
	};
}

/** YAML with every string double-quoted (JSON strings are YAML), two-space indents. */
function yaml(value: unknown, indent: string): string[] {
	if (Array.isArray(value)) {
		return (value as unknown[]).flatMap((v) => (typeof v === "object" && v !== null ? block(`${indent}- `, v, `${indent}  `) : [`${indent}- ${str(String(v))}`]));
	}
	return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
		typeof v === "object" && v !== null ? [`${indent}${k}:`, ...yaml(v, `${indent}  `)] : [`${indent}${k}: ${str(String(v))}`],
	);
}

/** A list entry that is a map: its first line after the dash. */
function block(dash: string, value: object, indent: string): string[] {
	const lines = yaml(value, indent);
	return [`${dash}${(lines[0] ?? "").slice(indent.length)}`, ...lines.slice(1)];
}

export function interviewsBaseText(settings: Settings): string {
	return `${yaml(interviewsBase(settings), "").join("\n")}\n`;
}
