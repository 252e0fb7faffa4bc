/**
 * The plugin's data.json: the settings at the top level (the shape
 * resolveSettings and the CLI read) plus `rejectionSeen`, when a rejected
 * outcome without an outcome_date was first seen ({path: local ISO time}).
 */
import { toLocalIso } from "../core/dates";
import { referenceToSave } from "../core/people";
import { readRejectionSeen, seenAt } from "../core/rejection-seen";
import { resolveSettings, type Settings } from "../core/settings";

export interface PluginData {
	settings: Settings;
	/** Plain sentences about values that were ignored. */
	problems: string[];
	rejectionSeen: Record<string, string>;
}

/** Reads what loadData() returned; bad values fall back to defaults and are reported. `locale` decides the default date style. */
export function readPluginData(raw: unknown, locale?: string): PluginData {
	const { settings, problems } = resolveSettings(raw, locale !== undefined ? { locale } : {});
	const { seen, problems: seenProblems } = readRejectionSeen(raw);
	return { settings, problems: [...problems, ...seenProblems], rejectionSeen: seen };
}

/** The notice shown at startup when data.json held values that were ignored. */
export function settingsProblemsNotice(problems: readonly string[]): string | null {
	if (problems.length === 0) return null;
	return `Interview Follow-up ignored ${problems.length === 1 ? "a saved setting" : `${problems.length} saved settings`}:\n${problems.join("\n")}`;
}

/** What saveData() writes: the settings keys at the top level, as the CLI reads them. */
export function pluginDataToSave(settings: Settings, rejectionSeen: Record<string, string>): Record<string, unknown> {
	return {
		...settings,
		sender: { ...settings.sender },
		headings: { ...settings.headings },
		references: settings.references.map(referenceToSave),
		rejectionSeen: { ...rejectionSeen },
	};
}

/**
 * When each rejection without an outcome_date was first seen: the rules date
 * the rejection thank-you from it. Changes are reported through `onChange`.
 */
export class RejectionLog {
	private readonly seen: Map<string, string>;

	constructor(
		initial: Record<string, string> = {},
		private readonly onChange: () => void = () => {},
	) {
		this.seen = new Map(Object.entries(initial));
	}

	firstSeen(path: string): Date | undefined {
		return seenAt(this.seen.get(path));
	}

	/** Records `now` for `path` unless a time is already recorded. */
	see(path: string, now: Date): void {
		this.seeAll([path], now);
	}

	/** `see` for each path, with one change report (a rebuild sees thousands of notes). */
	seeAll(paths: Iterable<string>, now: Date): void {
		let changed = false;
		for (const path of paths) {
			if (this.seen.has(path)) continue;
			this.seen.set(path, toLocalIso(now));
			changed = true;
		}
		if (changed) this.onChange();
	}

	forget(path: string): void {
		if (this.seen.delete(path)) this.onChange();
	}

	move(from: string, to: string): void {
		const iso = this.seen.get(from);
		if (iso === undefined || from === to) return;
		this.seen.delete(from);
		this.seen.set(to, iso);
		this.onChange();
	}

	toJSON(): Record<string, string> {
		return Object.fromEntries(this.seen);
	}
}
