import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, PATH_SETTINGS, pathSettingProblem, resolveSettings } from "../../src/core/settings";

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

describe("path settings stay inside the vault", () => {
	const escapes = ["../../outside", "../bank.md", "/x", "/tmp/cal.ics", "C:\\x", "C:/x", "\\\\server\\share", "..\\up", "Interviews/../..", "Interviews/ .. /x"];
	for (const key of PATH_SETTINGS) {
		it.each(escapes)(`refuses ${key} = %j in data.json and uses the default`, (value) => {
			const { settings, problems } = resolveSettings({ [key]: value });
			expect(settings[key]).toBe(DEFAULT_SETTINGS[key]);
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatch(new RegExp(`^Setting '${key}' \\(.+\\) cannot be used\\. This path .+\\. The default is used\\.$`));
		});
	}
	it("names what is wrong", () => {
		expect(resolveSettings({ draftsFolder: "../../outside" }).problems).toEqual([
			"Setting 'draftsFolder' (\"../../outside\") cannot be used. This path has a '..' part, so it points outside the vault. The default is used.",
		]);
		expect(resolveSettings({ icsPath: "/home/me/cal.ics" }).problems[0]).toMatch(/This path is absolute, so it points outside the vault\./);
		expect(resolveSettings({ questionBankPath: "Interviews\\Bank.md" }).problems[0]).toMatch(/backslash/);
	});
	it("keeps paths inside the vault", () => {
		const good = { interviewsFolder: "Jobs/Interviews", draftsFolder: "Jobs/Drafts", templatesFolder: "Jobs/Templates", questionBankPath: "Jobs/Bank.md", icsPath: "Jobs/cal.ics" };
		const { settings, problems } = resolveSettings(good);
		expect(problems).toEqual([]);
		expect(settings).toMatchObject(good);
	});
});

describe("drafts and templates folders never hide the interviews folder", () => {
	it.each([
		["drafts = interviews", { draftsFolder: "Interviews" }, "draftsFolder"],
		["drafts = interviews, with a slash and another case", { draftsFolder: "interviews/" }, "draftsFolder"],
		["drafts contains interviews", { interviewsFolder: "Jobs/Interviews", draftsFolder: "Jobs" }, "draftsFolder"],
		["templates = interviews", { templatesFolder: "Interviews" }, "templatesFolder"],
		["templates contains interviews", { interviewsFolder: "Jobs/Interviews", templatesFolder: "Jobs" }, "templatesFolder"],
	] as const)("%s: a problem, the default used", (_name, raw, key) => {
		const { settings, problems } = resolveSettings(raw);
		expect(settings[key]).toBe(DEFAULT_SETTINGS[key]);
		expect(settings.interviewsFolder).toBe("interviewsFolder" in raw ? raw.interviewsFolder : DEFAULT_SETTINGS.interviewsFolder);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(new RegExp(`^Setting '${key}' .* cannot be the interviews folder \\(.+\\) or contain it: every interview note would be hidden\\. The default is used\\.$`));
	});
	it("an interviews folder inside the default drafts folder is refused", () => {
		const { settings, problems } = resolveSettings({ interviewsFolder: "Interviews/Drafts/2026" });
		expect(settings.interviewsFolder).toBe("Interviews");
		expect(problems).toEqual([
			"Setting 'interviewsFolder' (\"Interviews/Drafts/2026\") cannot be used. The interviews folder cannot be the drafts folder (Interviews/Drafts) or lie inside it: notes there are never read as interviews. The default is used.",
		]);
	});
	it("a drafts folder inside the interviews folder is fine (the default)", () => {
		expect(resolveSettings({ draftsFolder: "Interviews/Letters", templatesFolder: "Interviews/My templates" }).problems).toEqual([]);
	});
	it("pathSettingProblem checks one value against the other settings, for the settings tab", () => {
		expect(pathSettingProblem("draftsFolder", "Interviews", DEFAULT_SETTINGS)).toMatch(/^The drafts folder cannot be the interviews folder \(Interviews\)/);
		expect(pathSettingProblem("interviewsFolder", "Interviews/Templates", DEFAULT_SETTINGS)).toMatch(/^The interviews folder cannot be the templates folder \(Interviews\/Templates\)/);
		expect(pathSettingProblem("interviewsFolder", "", DEFAULT_SETTINGS)).toBeNull();
		expect(pathSettingProblem("icsPath", "../x.ics", DEFAULT_SETTINGS)).toMatch(/^This path has a '\.\.' part/);
		expect(pathSettingProblem("draftsFolder", "Interviews/Drafts 2", DEFAULT_SETTINGS)).toBeNull();
	});
});
