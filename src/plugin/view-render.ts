/**
 * The follow-ups view's DOM, built with createEl only: note text always goes
 * in as text. Group headings and row lists are siblings, so each row is found
 * by its buttons and belongs to the heading before it.
 */
import { followUpKind } from "../core/follow-ups/kinds";
import { GROUP_TITLES, SHOWN_GROUPS, type ShownGroup } from "../core/groups";
import type { FollowUpItem, NoteProblem } from "../core/items";
import type { ReadonlyItemGroups } from "./index-items";

export interface ViewModel {
	groups: ReadonlyItemGroups;
	upcomingDays: number;
	/** False while the index is still being built at startup. */
	ready: boolean;
	/** How many interview notes the index holds. */
	interviews: number;
	problems: NoteProblem[];
	when(item: FollowUpItem): string;
}

export interface ViewHandlers {
	open(item: FollowUpItem): void;
	draft(item: FollowUpItem): void;
	done(item: FollowUpItem): void;
	openNote(path: string): void;
	newInterview(): void;
}

/** A line under the heading where the group name alone does not say enough. */
const HINTS: Partial<Record<ShownGroup, (days: number) => string>> = {
	upcoming: (days) => `Due within the next ${days} ${days === 1 ? "day" : "days"}.`,
	waiting: () => "Not yet: each opens on the date shown.",
};

let rowIds = 0;

function button(parent: HTMLElement, text: string, cls: string, key: string, onClick: () => void, describedBy?: string): HTMLButtonElement {
	const b = parent.createEl("button", { cls, text, attr: { type: "button", "data-focus-key": key } });
	if (describedBy) b.setAttr("aria-describedby", describedBy);
	b.addEventListener("click", onClick);
	return b;
}

function renderRow(list: HTMLElement, item: FollowUpItem, group: ShownGroup, model: ViewModel, on: ViewHandlers): void {
	const row = list.createEl("li", { cls: `ifu-row ifu-row-${group}`, attr: { "data-item-id": item.id } });
	const titleId = `ifu-row-${++rowIds}`;
	const title = row.createDiv({ cls: "ifu-row-title", attr: { id: titleId } });
	title.createSpan({ cls: "ifu-company", text: item.company || noteName(item.note) });
	if (item.role) {
		title.createSpan({ cls: "ifu-sep", text: " · " });
		title.createSpan({ cls: "ifu-role", text: item.role });
	}
	row.createDiv({ cls: "ifu-task", text: item.label });
	const unnamed = item.interviewers.filter((name) => !item.label.includes(name));
	if (unnamed.length > 0) row.createDiv({ cls: "ifu-people", text: `With ${unnamed.join(", ")}` });
	row.createDiv({ cls: `ifu-when ifu-when-${group}`, text: model.when(item) });
	const actions = row.createDiv({ cls: "ifu-actions" });
	button(actions, "Open", "ifu-action", `${item.id}|open`, () => on.open(item), titleId);
	if (followUpKind(item.kind).draft) button(actions, "Draft", "ifu-action", `${item.id}|draft`, () => on.draft(item), titleId);
	button(actions, "Done", "ifu-action ifu-done", `${item.id}|done`, () => on.done(item), titleId);
}

const noteName = (path: string): string => (path.split("/").pop() ?? path).replace(/\.md$/i, "");

function renderEmpty(root: HTMLElement, model: ViewModel, on: ViewHandlers): void {
	const empty = root.createDiv({ cls: "ifu-empty" });
	if (model.interviews === 0) {
		empty.createEl("p", { cls: "ifu-empty-title", text: "No interview notes yet" });
		empty.createEl("p", {
			cls: "ifu-empty-text",
			text: "Make one note per interview. This view then lists what to do next: the debrief, thank-you notes, answers to requests and well-timed status checks.",
		});
	} else {
		empty.createEl("p", { cls: "ifu-empty-title", text: "Nothing to follow up right now" });
		const n = model.interviews;
		const next = model.groups.later[0];
		const tail = next ? ` Next: ${next.label} (${next.company || noteName(next.note)}), ${model.when(next)}.` : "";
		empty.createEl("p", { cls: "ifu-empty-text", text: `${n} interview ${n === 1 ? "note is" : "notes are"} up to date.${tail}` });
	}
	button(empty, "New interview note", "mod-cta ifu-new", "new-interview", () => on.newInterview());
}

function renderProblems(root: HTMLElement, problems: NoteProblem[], on: ViewHandlers): void {
	const byNote = new Map<string, string[]>();
	for (const p of problems) byNote.set(p.note, [...(byNote.get(p.note) ?? []), p.message]);
	root.createEl("h3", { cls: "ifu-group-heading ifu-problems-heading", text: `Notes to fix (${byNote.size})` });
	const list = root.createEl("ul", { cls: "ifu-problems" });
	for (const [path, messages] of byNote) {
		const li = list.createEl("li", { cls: "ifu-problem" });
		button(li, noteName(path), "ifu-link", `problem|${path}`, () => on.openNote(path));
		const more = messages.length > 1 ? ` (and ${messages.length - 1} more)` : "";
		li.createDiv({ cls: "ifu-problem-text", text: `${messages[0] ?? ""}${more}` });
	}
}

/** Renders the whole view into `root` (emptied first). */
export function renderFollowUps(root: HTMLElement, model: ViewModel, on: ViewHandlers): void {
	root.empty();
	const body = root.createDiv({ cls: "ifu-follow-ups" });
	if (!model.ready) {
		body.createEl("p", { cls: "ifu-empty-text", text: "Reading your interview notes…" });
		return;
	}
	let rows = 0;
	for (const group of SHOWN_GROUPS) {
		const items = model.groups[group];
		if (items.length === 0) continue;
		rows += items.length;
		const heading = body.createEl("h3", { cls: `ifu-group-heading ifu-group-${group}` });
		heading.createSpan({ text: `${GROUP_TITLES[group]} ` });
		heading.createSpan({ cls: "ifu-count", text: String(items.length) });
		const hint = HINTS[group];
		if (hint) body.createEl("p", { cls: "ifu-group-hint", text: hint(model.upcomingDays) });
		const list = body.createEl("ul", { cls: "ifu-rows" });
		for (const item of items) renderRow(list, item, group, model, on);
	}
	if (rows === 0) renderEmpty(body, model, on);
	else if (model.groups.later.length > 0) {
		const n = model.groups.later.length;
		body.createEl("p", { cls: "ifu-later", text: `${n} more ${n === 1 ? "follow-up is" : "follow-ups are"} due later than ${model.upcomingDays} days from now.` });
	}
	if (model.problems.length > 0) renderProblems(body, model.problems, on);
}
