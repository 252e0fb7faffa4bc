import { language } from "../mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { dateStyleForLocale } from "../../src/core/dates";
import { systemLocale } from "../../src/plugin/locale";
import { readPluginData } from "../../src/plugin/plugin-data";

afterEach(() => {
	vi.unstubAllGlobals();
	language.code = "en";
});

describe("systemLocale: Obsidian's language, made precise by the system's", () => {
	it.each([
		["en", "en-GB", "en-GB", "uk"],
		["en", "en-US", "en-US", "us"],
		["en", "de-DE", "en", "us"],
		["de", "en-US", "de", "uk"],
		["pt-BR", "pt-PT", "pt-BR", "uk"],
	])("app %s, system %s -> %s (%s)", (app, system, locale, style) => {
		language.code = app;
		vi.stubGlobal("navigator", { language: system });
		expect(systemLocale()).toBe(locale);
		expect(dateStyleForLocale(systemLocale())).toBe(style);
	});

	it("the locale sets the default date style; a saved one wins", () => {
		expect(readPluginData({}, "en-US").settings.dateStyle).toBe("us");
		expect(readPluginData({}, "en-GB").settings.dateStyle).toBe("uk");
		expect(readPluginData({ dateStyle: "iso" }, "en-US").settings.dateStyle).toBe("iso");
	});
});
