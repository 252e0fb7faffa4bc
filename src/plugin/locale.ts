/** The locale the default date style follows: Obsidian's language, made precise by the system's. */
import { getLanguage, requireApiVersion } from "obsidian";

/**
 * Obsidian's app language (getLanguage, 1.8.7+) names no region ("en"), so
 * when the system's language (navigator.language, "en-GB") is the same
 * language, the system's says which English is meant. Undefined when neither
 * is known.
 */
export function systemLocale(): string | undefined {
	const system = typeof navigator === "undefined" ? undefined : navigator.language;
	const app = requireApiVersion("1.8.7") ? getLanguage() : undefined;
	if (!app) return system || undefined;
	if (system && !/[-_]/.test(app) && system.toLowerCase().startsWith(`${app.toLowerCase()}-`)) return system;
	return app;
}
