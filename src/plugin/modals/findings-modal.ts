/** Lists a draft's review findings as "Line N — message", as plain text. */
import { Modal, type App } from "obsidian";
import type { Finding } from "../../core/review";

export class FindingsModal extends Modal {
	constructor(
		app: App,
		private readonly fileName: string,
		private readonly findings: Finding[],
	) {
		super(app);
	}

	override onOpen(): void {
		const n = this.findings.length;
		this.titleEl.setText(`Review of ${this.fileName}: ${n} ${n === 1 ? "finding" : "findings"}`);
		const list = this.contentEl.createEl("ul", { cls: "ifu-findings" });
		for (const f of this.findings) {
			const row = list.createEl("li", { cls: `ifu-finding ifu-finding-${f.severity}` });
			row.createSpan({ cls: "ifu-finding-line", text: `Line ${f.line}` });
			row.createSpan({ cls: "ifu-finding-message", text: ` — ${f.message}` });
		}
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
