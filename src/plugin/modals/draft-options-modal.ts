/** Before drafting: which format, which interviewer (or all) and, for a late request, which item. */
import { Modal, Setting, type App } from "obsidian";
import type { LetterFormat } from "../../core/settings";

export interface DraftChoices {
	format: LetterFormat;
	/** An interviewer's name; undefined = everyone the letter is for. */
	to?: string;
	requestItem?: string;
}

export interface DraftQuestion {
	title: string;
	defaultFormat: LetterFormat;
	/** Offered when more than one. */
	recipients: string[];
	preselectedRecipient?: string;
	/** Offered when more than one. */
	requests: string[];
	preselectedRequest?: string;
}

const FORMATS: Record<LetterFormat, string> = { email: "Email", letter: "Formal letter", card: "Short card" };
// Interviewer names are never empty, so "" stands for everyone.
const ALL = "";

export class DraftOptionsModal extends Modal {
	private done = false;
	private readonly choices: DraftChoices;
	private recipient: string;

	constructor(
		app: App,
		private readonly question: DraftQuestion,
		private readonly onDone: (value: DraftChoices | null) => void,
	) {
		super(app);
		this.choices = { format: question.defaultFormat };
		this.recipient = question.preselectedRecipient ?? ALL;
		const firstRequest = question.preselectedRequest ?? question.requests[0];
		if (firstRequest !== undefined) this.choices.requestItem = firstRequest;
	}

	override onOpen(): void {
		const q = this.question;
		this.titleEl.setText(q.title);
		const { contentEl } = this;
		new Setting(contentEl).setName("Format").addDropdown((d) => {
			d.addOptions(FORMATS)
				.setValue(this.choices.format)
				.onChange((v) => (this.choices.format = v as LetterFormat));
			d.selectEl.addClass("ifu-field-format");
		});
		if (q.recipients.length > 1) {
			new Setting(contentEl).setName("For").addDropdown((d) => {
				d.addOption(ALL, `Everyone (${q.recipients.length} drafts)`);
				for (const name of q.recipients) d.addOption(name, name);
				d.setValue(this.recipient).onChange((v) => (this.recipient = v));
				d.selectEl.addClass("ifu-field-recipient");
			});
		}
		if (q.requests.length > 1) {
			new Setting(contentEl).setName("Request").addDropdown((d) => {
				for (const item of q.requests) d.addOption(item, item);
				d.setValue(this.choices.requestItem ?? "").onChange((v) => (this.choices.requestItem = v));
				d.selectEl.addClass("ifu-field-request");
			});
		}
		new Setting(contentEl).addButton((b) =>
			b
				.setButtonText("Draft")
				.setCta()
				.onClick(() => this.submit()),
		);
	}

	submit(): void {
		if (this.recipient !== ALL) this.choices.to = this.recipient;
		this.done = true;
		this.onDone(this.choices);
		this.close();
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.done) this.onDone(null);
	}
}

export function askDraftOptions(app: App, question: DraftQuestion): Promise<DraftChoices | null> {
	return new Promise((resolve) => new DraftOptionsModal(app, question, resolve).open());
}
