/** Asks company, role, date/time and interviewers; stays open with a message until the date is valid. */
import { Modal, Setting, type App } from "obsidian";
import { validateFields, type NewInterview, type NewInterviewFields } from "../../core/new-note";

export class NewInterviewModal extends Modal {
	private readonly fields: NewInterviewFields = { company: "", role: "", date: "", interviewers: "" };
	private done = false;
	private errorEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly onDone: (value: NewInterview | null) => void,
		private readonly initialDate = "",
	) {
		super(app);
		this.fields.date = initialDate;
	}

	override onOpen(): void {
		this.titleEl.setText("New interview note");
		const { contentEl } = this;
		new Setting(contentEl).setName("Company").addText((t) => {
			t.setPlaceholder("Company name").onChange((v) => (this.fields.company = v));
			t.inputEl.addClass("ifu-field-company");
		});
		new Setting(contentEl).setName("Role").addText((t) => {
			t.setPlaceholder("Job title").onChange((v) => (this.fields.role = v));
			t.inputEl.addClass("ifu-field-role");
		});
		new Setting(contentEl)
			.setName("Date and time")
			.setDesc("Local time, e.g. 2026-11-19 14:00, or just the day.")
			.addText((t) => {
				t.setValue(this.initialDate).onChange((v) => (this.fields.date = v));
				t.inputEl.addClass("ifu-field-date");
			});
		new Setting(contentEl)
			.setName("Interviewers")
			.setDesc("One per line or separated by commas, with an honorific where you know it.")
			.addTextArea((t) => {
				t.setPlaceholder("Honorific and full name, one per line").onChange((v) => (this.fields.interviewers = v));
				t.inputEl.addClass("ifu-field-interviewers");
			});
		this.errorEl = contentEl.createEl("p", { cls: "ifu-error", attr: { role: "alert" } });
		new Setting(contentEl).addButton((b) =>
			b
				.setButtonText("Create note")
				.setCta()
				.onClick(() => this.submit()),
		);
		contentEl.addEventListener("keydown", (e) => {
			if (e.key === "Enter" && !(e.target instanceof HTMLTextAreaElement)) {
				e.preventDefault();
				this.submit();
			}
		});
	}

	/** Validates; on success closes and hands the values on, else shows why. */
	submit(): void {
		const result = validateFields(this.fields);
		if (!result.ok) {
			this.errorEl?.setText(result.message);
			return;
		}
		this.done = true;
		this.onDone(result.value);
		this.close();
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.done) this.onDone(null);
	}
}

export function askNewInterview(app: App, initialDate = ""): Promise<NewInterview | null> {
	return new Promise((resolve) => new NewInterviewModal(app, resolve, initialDate).open());
}
