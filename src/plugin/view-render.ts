/**
 * The follow-ups view's DOM, built with createEl only: note text always goes
 * in as text. Section headings and row lists are siblings, so each row is
 * found by its buttons and belongs to the heading before it. A section shows
 * ROWS_PER_PAGE rows and a "Show N more" button; grouped by interview, whole
 * interviews are added until a page of rows is shown; Stale starts collapsed.
 */
import type { FollowUpItem, NoteProblem } from "../core/items";
import { ROWS_PER_PAGE, rowsShown, type SectionKind, type ViewGrouping, type ViewSection } from "../core/view-sections";
import type { ViewHandlers, ViewModel } from "./view-model";
import { button, noteName, renderRow } from "./view-row";

export type { CallTarget, ViewHandlers, ViewModel } from "./view-model";

/** The section key under which whole interviews are paged. */
export const INTERVIEWS_KEY = "interviews";

/** A line under the heading where the name alone does not say enough. */
const HINTS: Partial<Record<SectionKind, (model: ViewModel) => string>> = {
	upcoming: ({ upcomingDays: d }) => `Due within the next ${d} ${d === 1 ? "day" : "days"}.`,
	waiting: () => "Not yet: each opens on the date shown.",
	stale: () => "Long overdue: close them out, or open each to decide.",
};

const GROUPING_LABELS: Record<ViewGrouping, string> = { time: "By time", interview: "By interview" };

function renderHeader(body: HTMLElement, model: ViewModel, on: ViewHandlers): void {
	const bar = body.createDiv({ cls: "ifu-header", attr: { role: "group", "aria-label": "Group follow-ups" } });
	for (const g of Object.keys(GROUPING_LABELS) as ViewGrouping[]) {
		const b = button(bar, GROUPING_LABELS[g], `ifu-grouping${g === model.grouping ? " is-active" : ""}`, `grouping|${g}`, () => on.setGrouping(g));
		b.setAttr("aria-pressed", String(g === model.grouping));
	}
}

function renderMore(body: HTMLElement, key: string, left: number, what: string, on: ViewHandlers): void {
	const n = Math.min(left, ROWS_PER_PAGE);
	const b = button(body, `Show ${n} more`, "ifu-more", `more|${key}`, () => on.showMore(key));
	b.setAttr("aria-label", `Show ${n} more ${what} (${left} not shown)`);
}

/** Renders a section; returns how many rows it drew. */
function renderSection(body: HTMLElement, section: ViewSection, model: ViewModel, on: ViewHandlers): number {
	const stale = section.kind === "stale";
	const open = !stale || model.expanded(section.key);
	const heading = body.createEl("h3", { cls: `ifu-group-heading ifu-group-${section.kind}` });
	const label = stale ? button(heading, "", "ifu-toggle", `toggle|${section.key}`, () => on.toggle(section.key)) : heading;
	if (stale) label.setAttr("aria-expanded", String(open));
	label.createSpan({ text: `${section.title} ` });
	label.createSpan({ cls: "ifu-count", text: String(section.items.length) });
	const hint = HINTS[section.kind];
	if (hint) body.createEl("p", { cls: "ifu-group-hint", text: hint(model) });
	if (stale) button(body.createDiv({ cls: "ifu-stale-actions" }), "Close these out", "ifu-close-out", "close-out", () => on.closeOut(section.items));
	if (!open) return 0;
	const shown = rowsShown(section.items.length, model.pages(section.key));
	const list = body.createEl("ul", { cls: "ifu-rows" });
	for (let i = 0; i < shown; i++) renderRow(list, section.items[i] as FollowUpItem, section.kind, model, on);
	if (shown < section.items.length) renderMore(body, section.key, section.items.length - shown, "rows", on);
	return shown;
}

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
		const next = model.later[0];
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

/** Interview sections, whole ones, until the pages of rows are used up; then a "Show more". */
function renderInterviews(body: HTMLElement, sections: readonly ViewSection[], model: ViewModel, on: ViewHandlers): void {
	const budget = model.pages(INTERVIEWS_KEY) * ROWS_PER_PAGE;
	let rows = 0;
	let i = 0;
	for (; i < sections.length && rows < budget; i++) rows += renderSection(body, sections[i] as ViewSection, model, on);
	if (i < sections.length) {
		const left = sections.length - i;
		const b = button(body, `Show more interviews (${left})`, "ifu-more", `more|${INTERVIEWS_KEY}`, () => on.showMore(INTERVIEWS_KEY));
		b.setAttr("aria-label", `Show more interviews (${left} not shown)`);
	}
}

/** Renders the whole view into `root` (emptied first). */
export function renderFollowUps(root: HTMLElement, model: ViewModel, on: ViewHandlers): void {
	root.empty();
	// Built detached and attached once: one insertion into the document instead of one per element.
	const detached = createFragment();
	renderBody(detached.createDiv({ cls: `ifu-follow-ups${model.compact ? " ifu-compact" : ""}` }), model, on);
	root.appendChild(detached);
}

function renderBody(body: HTMLElement, model: ViewModel, on: ViewHandlers): void {
	if (!model.ready) {
		body.createEl("p", { cls: "ifu-empty-text", text: "Reading your interview notes…" });
		return;
	}
	if (model.sections.length === 0) {
		renderEmpty(body, model, on);
	} else {
		renderHeader(body, model, on);
		const main = model.sections.filter((s) => s.kind !== "stale");
		if (model.grouping === "interview") renderInterviews(body, main, model, on);
		else for (const s of main) renderSection(body, s, model, on);
		if (model.later.length > 0) {
			const n = model.later.length;
			body.createEl("p", { cls: "ifu-later", text: `${n} more ${n === 1 ? "follow-up is" : "follow-ups are"} due later than ${model.upcomingDays} days from now.` });
		}
		const stale = model.sections.find((s) => s.kind === "stale");
		if (stale) renderSection(body, stale, model, on);
	}
	if (model.problems.length > 0) renderProblems(body, model.problems, on);
}
