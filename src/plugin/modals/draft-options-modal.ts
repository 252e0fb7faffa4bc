/** Before drafting: which format, whom (the letter's usual readers, one person, or everyone) and, for a late request, which item. */
import { Modal, Setting, type App } from "obsidian";
import type { LetterFormat } from "../../core/settings";

export interface DraftChoices {
	format: LetterFormat;
	/** A person's name; undefined = the people the letter is usually for. */
	to?: string;
	/** One letter to everyone at the company (or each reference), e.g. a status check to the whole panel. */
	everyone?: boolean;
	requestItem?: string;
}

export interface DraftQuestion {
	title: string;
	defaultFormat: LetterFormat;
	/** The formats this kind is drafted in (call only for kinds with talking points). */
	formats: readonly LetterFormat[];
	/** Whom the letter is usually for (e.g. the contact alone). */
	recipients: string[];
	/** Everyone who could get it; a choice is offered when this holds more than one name. */
	everyone: string[];
	preselectedRecipient?: string;
	/** Offered when more than one. */
	requests: string[];
	preselectedRequest?: string;
}

const FORMATS: Record<LetterFormat, string> = { email: "Email", letter: "Formal letter", card: "Short card", call: "Call (talking points)" };
// Names are never empty and never start with a NUL, so these stand for the two groups.
const USUAL = "";
const EVERYONE = "\u0000everyone";

const drafts = (n: number): string => (n === 1 ? "1 draft" : `${n} drafts`);

/** The recipient dropdown: the usual readers as one choice, each person, and everyone when that is more. */
export function recipientOptions(q: Pick<DraftQuestion, "recipients" | "everyone">): [string, string][] {
	const options: [string, string][] = [];
	const usual = q.recipients;
	if (usual.length > 1) options.push([USUAL, usual.length === q.everyone.length ? `Everyone (${drafts(usual.length)})` : `${usual.join(", ")} (${drafts(usual.length)})`]);
	for (const name of q.everyone) options.push([name, name]);
	if (q.everyone.length > Math.max(usual.length, 1)) options.push([EVERYONE, `Everyone (${drafts(q.everyone.length)})`]);
	return options;
}

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
		const only = question.recipients.length === 1 ? question.recipients[0] : undefined;
		this.recipient = question.preselectedRecipient ?? only ?? USUAL;
		const firstRequest = question.preselectedRequest ?? question.requests[0];
		if (firstRequest !== undefined) this.choices.requestItem = firstRequest;
	}

	override onOpen(): void {
		const q = this.question;
		this.titleEl.setText(q.title);
		const { contentEl } = this;
		new Setting(contentEl).setName("Format").addDropdown((d) => {
			for (const f of q.formats) d.addOption(f, FORMATS[f]);
			d.setValue(this.choices.format)
				.onChange((v) => (this.choices.format = v as LetterFormat));
			d.selectEl.addClass("ifu-field-format");
		});
		const options = recipientOptions(q);
		if (options.length > 1) {
			new Setting(contentEl).setName("For").addDropdown((d) => {
				for (const [value, label] of options) d.addOption(value, label);
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
		if (this.recipient === EVERYONE) this.choices.everyone = true;
		else if (this.recipient !== USUAL) this.choices.to = this.recipient;
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
