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
import { renderFollowUps, type ViewHandlers, type ViewModel } from "../../src/plugin/view-render";

// jsdom gives import.meta.url an http scheme; the file path is still in it.
const DIR = join(dirname(fileURLToPath(`file://${new URL(import.meta.url).pathname}`)), "__snapshots__/view-render/");
const CASES = readdirSync(DIR).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();

type JsonItem = Omit<FollowUpItem, "due" | "notBefore"> & { due: string; notBefore: string | null };
interface JsonModel {
	ready: boolean;
	upcomingDays: number;
	interviews: number;
	groups: Record<keyof ItemGroups, JsonItem[]>;
	/** What the view says of each item's timing, by item id. */
	when: Record<string, string>;
	problems: NoteProblem[];
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
	return {
		ready: json.ready,
		upcomingDays: json.upcomingDays,
		interviews: json.interviews,
		problems: json.problems,
		groups: { overdue: g.overdue.map(item), today: g.today.map(item), upcoming: g.upcoming.map(item), waiting: g.waiting.map(item), later: g.later.map(item) },
		when: (i) => json.when[i.id] ?? "?",
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
const HANDLERS: ViewHandlers = { open: ignore, draft: ignore, done: ignore, openNote: ignore, newInterview: ignore };

describe("renderFollowUps", () => {
	it("has the model cases", () => {
		expect(CASES).toEqual(["follow-ups", "no-interviews", "nothing-due", "starting"]);
	});
	it.each(CASES)("%s", async (name) => {
		const json = JSON.parse(readFileSync(`${DIR}${name}.json`, "utf8")) as JsonModel;
		const root = document.createElement("div");
		renderFollowUps(root, modelOf(json), HANDLERS);
		await expect(Array.from(root.childNodes, (n) => html(n)).join("")).toMatchFileSnapshot(`./__snapshots__/view-render/${name}.html`);
	});
});
