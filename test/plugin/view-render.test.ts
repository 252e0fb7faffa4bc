// @vitest-environment jsdom
/**
 * The follow-ups view's DOM as HTML files: each model in
 * __snapshots__/view-render/<case>.json is rendered to <case>.html beside it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDateText } from "../../src/core/dates";
import type { ItemGroups } from "../../src/core/groups";
import type { FollowUpItem, NoteProblem } from "../../src/core/items";
import { rowDate, rowMoment, rowWords, unnamedPeople } from "../../src/core/row-text";
import { viewSections, type ViewGrouping } from "../../src/core/view-sections";
import { renderFollowUps, type CallTarget, type ViewHandlers, type ViewModel } from "../../src/plugin/view-render";

// jsdom gives import.meta.url an http scheme; the file path is still in it.
const DIR = join(dirname(fileURLToPath(`file://${new URL(import.meta.url).pathname}`)), "__snapshots__/view-render/");
const CASES = readdirSync(DIR).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();

type JsonItem = Omit<FollowUpItem, "due" | "notBefore"> & { due: string; notBefore: string | null };
interface JsonModel {
	ready: boolean;
	upcomingDays: number;
	interviews: number;
	groups: Record<keyof ItemGroups, JsonItem[]>;
	problems: NoteProblem[];
	/** Optional: the moment rendered (default 2026-11-22T09:00:00), grouping, density, platform, stale cut. */
	now?: string;
	grouping?: ViewGrouping;
	compact?: boolean;
	mobile?: boolean;
	staleDays?: number;
	expanded?: string[];
	/** Call targets by item id. */
	calls?: Record<string, CallTarget>;
}

/** A local time from the JSON (no offset: wall-clock time, as in notes). */
function local(text: string): Date {
	const r = parseDateText(text);
	if (!r.ok) throw new Error(`not a date: ${text}`);
	return r.value.at;
}

function modelOf(json: JsonModel): ViewModel {
	const item = (i: JsonItem): FollowUpItem => ({ ...i, due: local(i.due), notBefore: i.notBefore === null ? null : local(i.notBefore) });
	const g = json.groups;
	const now = local(json.now ?? "2026-11-22T09:00:00");
	const groups = { overdue: g.overdue.map(item), today: g.today.map(item), upcoming: g.upcoming.map(item), waiting: g.waiting.map(item), later: g.later.map(item) };
	const grouping = json.grouping ?? "time";
	return {
		ready: json.ready,
		upcomingDays: json.upcomingDays,
		interviews: json.interviews,
		problems: json.problems,
		grouping,
		compact: json.compact ?? false,
		mobile: json.mobile ?? false,
		sections: viewSections(groups, now, grouping, json.staleDays ?? 30),
		later: groups.later,
		when: (i) => rowWords(i, now),
		date: (i) => ({ text: rowDate(rowMoment(i), now, "uk"), at: rowMoment(i) }),
		people: (i) => unnamedPeople(i),
		call: (i) => json.calls?.[i.id] ?? null,
		pages: () => 1,
		expanded: (key) => json.expanded?.includes(key) ?? false,
	};
}

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Indented HTML, one element or text per line, attributes in document order. */
function html(node: Node, depth = 0): string {
	const pad = "  ".repeat(depth);
	if (node.nodeType === node.TEXT_NODE) return `${pad}${escape(node.textContent ?? "")}\n`;
	if (node.nodeType !== node.ELEMENT_NODE) return "";
	const el = node as Element;
	const tag = el.tagName.toLowerCase();
	const attrs = Array.from(el.attributes, (a) => ` ${a.name}="${escape(a.value)}"`).join("");
	const kids = Array.from(el.childNodes);
	if (kids.length === 0) return `${pad}<${tag}${attrs}></${tag}>\n`;
	if (kids.length === 1 && kids[0]?.nodeType === node.TEXT_NODE) return `${pad}<${tag}${attrs}>${escape(kids[0].textContent ?? "")}</${tag}>\n`;
	return `${pad}<${tag}${attrs}>\n${kids.map((k) => html(k, depth + 1)).join("")}${pad}</${tag}>\n`;
}

const ignore = (): void => {};
const HANDLERS: ViewHandlers = {
	open: ignore,
	draft: ignore,
	done: ignore,
	snooze: ignore,
	call: ignore,
	openNote: ignore,
	newInterview: ignore,
	showMore: ignore,
	toggle: ignore,
	setGrouping: ignore,
	closeOut: ignore,
};

describe("renderFollowUps", () => {
	it("has the model cases", () => {
		expect(CASES).toEqual(["by-interview", "follow-ups", "no-interviews", "nothing-due", "stale-and-calls", "starting"]);
	});
	it.each(CASES)("%s", async (name) => {
		const json = JSON.parse(readFileSync(`${DIR}${name}.json`, "utf8")) as JsonModel;
		const root = document.createElement("div");
		renderFollowUps(root, modelOf(json), HANDLERS);
		await expect(Array.from(root.childNodes, (n) => html(n)).join("")).toMatchFileSnapshot(`./__snapshots__/view-render/${name}.html`);
	});
});

describe("capped sections", () => {
	const now = new Date(2026, 10, 22, 9, 0);
	const many = (notes: number, perNote: number): FollowUpItem[] =>
		Array.from({ length: notes * perNote }, (_, i) => {
			const n = Math.floor(i / perNote);
			const note = `Interviews/N${String(n).padStart(3, "0")}.md`;
			return { id: `${note}#${i}`, note, company: `Company ${n}`, role: "", kind: "debrief", label: `Task ${i}`, notBefore: null, due: new Date(now.getTime() - (notes * perNote - i) * 60_000), state: "overdue", interviewers: [] };
		});
	const model = (items: FollowUpItem[], grouping: ViewGrouping, pages: Record<string, number>): ViewModel => ({
		...modelOf({ ready: true, upcomingDays: 14, interviews: 1, groups: { overdue: [], today: [], upcoming: [], waiting: [], later: [] }, problems: [] }),
		grouping,
		sections: viewSections({ overdue: items, today: [], upcoming: [], waiting: [], later: [] }, now, grouping, 30),
		pages: (key) => pages[key] ?? 1,
	});
	const render = (m: ViewModel, on: ViewHandlers = HANDLERS) => {
		const root = document.createElement("div");
		renderFollowUps(root, m, on);
		return { rows: root.querySelectorAll("li.ifu-row").length, more: Array.from(root.querySelectorAll("button.ifu-more"), (b) => b.textContent), root };
	};

	it("a group shows 50 rows, then Show N more; each page adds 50", () => {
		const items = many(120, 1);
		expect(render(model(items, "time", {}))).toMatchObject({ rows: 50, more: ["Show 50 more"] });
		expect(render(model(items, "time", { overdue: 2 }))).toMatchObject({ rows: 100, more: ["Show 20 more"] });
		expect(render(model(items, "time", { overdue: 3 }))).toMatchObject({ rows: 120, more: [] });
		const asked: string[] = [];
		const { root } = render(model(items, "time", {}), { ...HANDLERS, showMore: (key) => asked.push(key) });
		root.querySelector<HTMLButtonElement>("button.ifu-more")?.click();
		expect(asked).toEqual(["overdue"]);
	});

	it("by interview, whole interviews are shown until a page of rows is reached", () => {
		const items = many(30, 3);
		expect(render(model(items, "interview", {}))).toMatchObject({ rows: 51, more: ["Show more interviews (13)"] });
		expect(render(model(items, "interview", { interviews: 2 }))).toMatchObject({ rows: 90, more: [] });
	});
});
