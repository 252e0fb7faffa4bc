/**
 * The settings tab. The rows come from FIELD_GROUPS and are drawn by one
 * function, used by display() (Obsidian before 1.13) and by the declarative
 * getSettingDefinitions() (1.13 and later), so both show the same settings.
 */
import { PluginSettingTab, Setting, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import type { PluginContext } from "./context";
import type { Reference } from "../core/people";
import { FIELD_GROUPS, parseCount, readField, withField, type Field } from "../core/settings-fields";
import { parseReferencesText, referencesToText } from "./settings-references";

/** A text value as resolveSettings would keep it: top-level text trimmed, without trailing slashes. */
function normalised(field: Field, value: string): string {
	if ("group" in field.path) return field.path.group === "headings" ? value.trim() : value;
	const t = value.trim();
	return t.replace(/\/+$/, "") || t;
}

export class FollowUpsSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly ctx: PluginContext,
	) {
		super(app, plugin);
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const group of FIELD_GROUPS) {
			new Setting(containerEl).setName(group.heading).setHeading();
			for (const field of group.fields) this.drawRow(new Setting(containerEl), field);
		}
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		return FIELD_GROUPS.map((group) => ({
			type: "group" as const,
			heading: group.heading,
			items: group.fields.map((field) => ({
				name: field.name,
				desc: field.desc,
				render: (setting: Setting) => this.drawRow(setting, field),
			})),
		}));
	}

	/** Saves one changed value (already checked) with the rest of the settings. */
	async saveField(field: Field, value: unknown): Promise<void> {
		await this.ctx.saveSettings(withField(this.ctx.settings(), field.path, value));
	}

	private drawRow(setting: Setting, field: Field): void {
		setting.setName(field.name).setDesc(field.desc);
		setting.settingEl.addClass("ifu-setting");
		const error = setting.infoEl.createDiv({ cls: "ifu-setting-error", attr: { role: "alert" } });
		const show = (message: string | null): void => {
			error.setText(message ?? "");
			setting.settingEl.toggleClass("ifu-setting-invalid", message !== null);
		};
		const current = readField(this.ctx.settings(), field.path);
		const save = (value: unknown): void => {
			show(null);
			void this.saveField(field, value).catch((e: unknown) => show(e instanceof Error ? e.message : String(e)));
		};
		const control = field.control;
		switch (control.type) {
			case "toggle":
				setting.addToggle((t) => t.setValue(current === true).onChange(save));
				break;
			case "dropdown":
				setting.addDropdown((d) => d.addOptions(control.options).setValue(String(current)).onChange(save));
				break;
			case "number":
				setting.addText((t) => {
					t.inputEl.type = "number";
					t.inputEl.min = String(control.min);
					t.inputEl.max = String(control.max);
					t.inputEl.setAttr("aria-label", `${field.name} (${control.unit})`);
					t.setValue(String(current)).onChange((v) => {
						const parsed = parseCount(v, control.min, control.max);
						if (parsed.ok) save(parsed.value);
						else show(parsed.message);
					});
				});
				break;
			case "references":
				setting.addTextArea((t) => {
					t.inputEl.rows = 4;
					t.setPlaceholder("Robin Hale | robin@example.com | +1 555 0100 | my manager at Contoso");
					t.setValue(referencesToText(Array.isArray(current) ? (current as Reference[]) : [])).onChange((v) => {
						const parsed = parseReferencesText(v);
						if (parsed.ok) save(parsed.value);
						else show(parsed.message);
					});
				});
				break;
			case "text": {
				const onChange = (v: string): void => {
					const value = normalised(field, v);
					const message = control.check?.(value, this.ctx.settings()) ?? null;
					if (message) show(message);
					else save(value);
				};
				const init = (c: { setValue(v: string): unknown; setPlaceholder(p: string): unknown; onChange(cb: (v: string) => unknown): unknown }): void => {
					c.setValue(typeof current === "string" ? current : "");
					if (control.placeholder) c.setPlaceholder(control.placeholder);
					c.onChange(onChange);
				};
				if (control.multiline) setting.addTextArea(init);
				else setting.addText(init);
				break;
			}
		}
	}
}
