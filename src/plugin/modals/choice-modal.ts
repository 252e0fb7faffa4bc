/** A modal that offers a few choices as buttons and resolves with the one picked (null when closed). */
import { Modal, type App } from "obsidian";

export interface Choice<T> {
	label: string;
	value: T;
	/** A short line under the label. */
	hint?: string;
}

export class ChoiceModal<T> extends Modal {
	private chosen = false;

	constructor(
		app: App,
		private readonly heading: string,
		private readonly choices: Choice<T>[],
		private readonly onDone: (value: T | null) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.titleEl.setText(this.heading);
		const list = this.contentEl.createDiv({ cls: "ifu-choices" });
		for (const choice of this.choices) {
			const button = list.createEl("button", { cls: "ifu-choice", text: choice.label });
			if (choice.hint) button.createDiv({ cls: "ifu-choice-hint", text: choice.hint });
			button.addEventListener("click", () => {
				this.chosen = true;
				this.onDone(choice.value);
				this.close();
			});
		}
		list.querySelector("button")?.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.chosen) this.onDone(null);
	}
}

/** Opens a ChoiceModal and waits for the answer. */
export function chooseOne<T>(app: App, heading: string, choices: Choice<T>[]): Promise<T | null> {
	return new Promise((resolve) => new ChoiceModal(app, heading, choices, resolve).open());
}
