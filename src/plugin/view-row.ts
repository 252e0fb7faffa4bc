/**
 * One row of the follow-ups view: company · role, what to do, the people its
 * text does not name yet, when (in words and as a date), and its actions.
 * Built with createEl only: note text always goes in as text.
 */
import { toLocalIso } from "../core/dates";
import { followUpKind } from "../core/follow-ups/kinds";
import type { FollowUpItem } from "../core/items";
import type { SectionKind } from "../core/view-sections";
import type { ViewHandlers, ViewModel } from "./view-model";

let rowIds = 0;

/** A button that keeps focus across re-renders through its data-focus-key. */
export function button(parent: HTMLElement, text: string, cls: string, key: string, onClick: (evt: MouseEvent) => void, describedBy?: string): HTMLButtonElement {
	const b = parent.createEl("button", { cls, text, attr: { type: "button", "data-focus-key": key } });
	if (describedBy) b.setAttr("aria-describedby", describedBy);
	b.addEventListener("click", onClick);
	return b;
}

export const noteName = (path: string): string => (path.split("/").pop() ?? path).replace(/\.md$/i, "");

/** A `tel:` target keeps only what a dialler reads: digits, a leading +, and the pause and extension marks. */
const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+,;*#]/g, "")}`;

function renderCall(actions: HTMLElement, item: FollowUpItem, model: ViewModel, on: ViewHandlers, titleId: string): void {
	const call = model.call(item);
	if (!call) return;
	if (model.mobile) {
		// On a phone a tel: link opens the dialler with the number.
		const link = actions.createEl("a", { cls: "ifu-action ifu-call", text: "Call", href: telHref(call.phone), attr: { "data-focus-key": `${item.id}|call`, "aria-describedby": titleId } });
		link.setAttr("aria-label", `Call ${call.name} on ${call.phone}`);
		return;
	}
	button(actions, "Call", "ifu-action ifu-call", `${item.id}|call`, () => on.call(item, call), titleId);
}

export function renderRow(list: HTMLElement, item: FollowUpItem, section: SectionKind, model: ViewModel, on: ViewHandlers): void {
	const state = section === "stale" ? "overdue" : item.state;
	const row = list.createEl("li", { cls: `ifu-row ifu-row-${state}`, attr: { "data-item-id": item.id } });
	const titleId = `ifu-row-${++rowIds}`;
	const title = row.createDiv({ cls: "ifu-row-title", attr: { id: titleId } });
	if (section !== "interview") {
		title.createSpan({ cls: "ifu-company", text: item.company || noteName(item.note) });
		if (item.role) title.createSpan({ cls: "ifu-role", text: ` · ${item.role}` });
	}
	const task = section === "interview" ? title : row;
	task.createDiv({ cls: "ifu-task", text: item.label });
	const unnamed = model.people(item);
	if (unnamed.length > 0) row.createDiv({ cls: "ifu-people", text: `With ${unnamed.join(", ")}` });
	const when = row.createDiv({ cls: `ifu-when ifu-when-${state}`, text: `${model.when(item)} · ` });
	const date = model.date(item);
	when.createEl("time", { cls: "ifu-when-date", text: date.text, attr: { datetime: toLocalIso(date.at) } });
	const call = model.call(item);
	if (call) row.createDiv({ cls: "ifu-phone", text: `${call.name}: ${call.phone}` });
	const actions = row.createDiv({ cls: "ifu-actions" });
	button(actions, "Open", "ifu-action", `${item.id}|open`, () => on.open(item), titleId);
	if (followUpKind(item.kind).draft) button(actions, "Draft", "ifu-action", `${item.id}|draft`, () => on.draft(item), titleId);
	renderCall(actions, item, model, on, titleId);
	button(actions, "Snooze", "ifu-action ifu-snooze", `${item.id}|snooze`, (evt) => on.snooze(item, evt), titleId);
	button(actions, "Done", "ifu-action ifu-done", `${item.id}|done`, () => on.done(item), titleId);
}
