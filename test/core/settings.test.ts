import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, resolveSettings } from "../../src/core/settings";

describe("resolveSettings", () => {
	it("gives the DESIGN defaults for missing data", () => {
		const { settings, problems } = resolveSettings(undefined);
		expect(problems).toEqual([]);
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(settings).toMatchObject({ thankYouHours: 24, statusCheckWaitDays: 7, statusCheckRepeatDays: 7, statusCheckMax: 3, interviewsFolder: "Interviews", draftsFolder: "Interviews/Drafts", upcomingDays: 14 });
	});
	it("keeps good values, including nested ones, and does not share default objects", () => {
		const { settings, problems } = resolveSettings({ statusCheckMax: 5, interviewsFolder: "Jobs/", sender: { name: "Alex Kim" }, headings: { highlights: "Key points" } });
		expect(problems).toEqual([]);
		expect(settings.statusCheckMax).toBe(5);
		expect(settings.interviewsFolder).toBe("Jobs");
		expect(settings.sender).toEqual({ ...DEFAULT_SETTINGS.sender, name: "Alex Kim" });
		expect(settings.headings.highlights).toBe("Key points");
		expect(DEFAULT_SETTINGS.sender.name).toBe("");
	});
	it("reports each bad value by name and falls back to the default", () => {
		const { settings, problems } = resolveSettings({ thankYouHours: "soon", defaultFormat: "fax", headings: { debrief: "" }, sender: "me" });
		expect(settings.thankYouHours).toBe(24);
		expect(settings.defaultFormat).toBe("email");
		expect(settings.headings.debrief).toBe("Debrief");
		expect(problems).toEqual([
			`Setting 'thankYouHours' should be a whole number of hours, not "soon"; the default is used.`,
			`Setting 'defaultFormat' should be 'email', 'letter' or 'card', not "fax"; the default is used.`,
			"Setting 'sender' should be a group of values; the defaults are used.",
			"Setting 'headings.debrief' should be text; the default is used.",
		]);
	});
	it("rejects a non-object", () => {
		expect(resolveSettings([1, 2]).problems).toHaveLength(1);
	});
});
