/** A plain-text editor with Obsidian's Editor API (positions are {line, ch}). */
import type * as Real from "obsidian";
import type { Signatures } from "./signatures";

type Modeled =
	| "getValue" | "setValue" | "getLine" | "setLine" | "lineCount" | "lastLine" | "getSelection" | "somethingSelected"
	| "getRange" | "replaceSelection" | "replaceRange" | "getCursor" | "setCursor" | "setSelection" | "listSelections"
	| "posToOffset" | "offsetToPos" | "focus" | "blur" | "hasFocus";

export class Editor implements Signatures<Real.Editor, Modeled> {
	private text: string;
	private anchor: Real.EditorPosition = { line: 0, ch: 0 };
	private head: Real.EditorPosition = { line: 0, ch: 0 };
	private focused = false;

	/** `onChange` runs after every edit with the new text (the view saves it). */
	constructor(text: string, private readonly onChange: (text: string) => void = () => {}) {
		this.text = text;
	}

	getValue(): string {
		return this.text;
	}

	setValue(content: string): void {
		this.text = content;
		this.anchor = this.head = this.clip(this.head);
		this.onChange(this.text);
	}

	/** Replaces the text without reporting a change: the file changed on disk. */
	reload(content: string): void {
		if (content === this.text) return;
		this.text = content;
		this.anchor = this.clip(this.anchor);
		this.head = this.clip(this.head);
	}

	getLine(line: number): string {
		return this.text.split("\n")[line] ?? "";
	}

	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}

	lineCount(): number {
		return this.text.split("\n").length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getRange(from: Real.EditorPosition, to: Real.EditorPosition): string {
		const [a, b] = [this.posToOffset(from), this.posToOffset(to)].sort((x, y) => x - y);
		return this.text.slice(a, b);
	}

	getSelection(): string {
		return this.getRange(this.anchor, this.head);
	}

	somethingSelected(): boolean {
		return this.posToOffset(this.anchor) !== this.posToOffset(this.head);
	}

	replaceSelection(replacement: string): void {
		const [from, to] = this.ordered();
		this.replaceRange(replacement, from, to);
		const end = this.offsetToPos(this.posToOffset(from) + replacement.length);
		this.anchor = this.head = end;
	}

	/**
	 * Replaces from..to (or inserts at `from`). Like CodeMirror, a cursor at the
	 * insertion point stays before the new text; one after the range moves with it.
	 */
	replaceRange(replacement: string, from: Real.EditorPosition, to?: Real.EditorPosition): void {
		const a = this.posToOffset(from);
		const b = to ? this.posToOffset(to) : a;
		const [start, end] = a <= b ? [a, b] : [b, a];
		const move = (o: number): number => (o <= start ? o : o >= end ? o - (end - start) + replacement.length : start);
		const anchor = move(this.posToOffset(this.anchor));
		const head = move(this.posToOffset(this.head));
		this.text = this.text.slice(0, start) + replacement + this.text.slice(end);
		this.anchor = this.offsetToPos(anchor);
		this.head = this.offsetToPos(head);
		this.onChange(this.text);
	}

	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): Real.EditorPosition {
		const [from, to] = this.ordered();
		return { ...(side === "from" ? from : side === "to" ? to : side === "anchor" ? this.anchor : this.head) };
	}

	setCursor(pos: Real.EditorPosition | number, ch?: number): void {
		const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.anchor = this.head = this.clip(p);
	}

	setSelection(anchor: Real.EditorPosition, head?: Real.EditorPosition): void {
		this.anchor = this.clip(anchor);
		this.head = this.clip(head ?? anchor);
	}

	listSelections(): Real.EditorSelection[] {
		return [{ anchor: { ...this.anchor }, head: { ...this.head } }];
	}

	posToOffset(pos: Real.EditorPosition): number {
		const lines = this.text.split("\n");
		const line = Math.max(0, Math.min(pos.line, lines.length - 1));
		let offset = 0;
		for (let i = 0; i < line; i++) offset += lines[i]!.length + 1;
		return offset + Math.max(0, Math.min(pos.ch, lines[line]!.length));
	}

	offsetToPos(offset: number): Real.EditorPosition {
		const o = Math.max(0, Math.min(offset, this.text.length));
		const before = this.text.slice(0, o).split("\n");
		return { line: before.length - 1, ch: before[before.length - 1]!.length };
	}

	focus(): void {
		this.focused = true;
	}

	blur(): void {
		this.focused = false;
	}

	hasFocus(): boolean {
		return this.focused;
	}

	private clip(p: Real.EditorPosition): Real.EditorPosition {
		return this.offsetToPos(this.posToOffset(p));
	}

	private ordered(): [Real.EditorPosition, Real.EditorPosition] {
		return this.posToOffset(this.anchor) <= this.posToOffset(this.head) ? [this.anchor, this.head] : [this.head, this.anchor];
	}
}
