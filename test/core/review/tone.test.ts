import { describe, expect, it } from "vitest";
import { only } from "./fixtures";

describe("emoticon", () => {
	it.each([":)", ";-)", ":D", "<3", ":-(", "🙂", "👍🏽", "❤️"])("flags %s on its line", (face) => {
		const text = `Dear Ms. Whitfield,\n\nThank you for your time ${face}\n`;
		const [f] = only(text, "emoticon");
		expect(f?.line).toBe(3);
		expect(f?.severity).toBe("warning");
		expect(f?.message).toMatch(/^Remove '.+': emoticons and emoji/);
	});
	it("leaves times, ratios, links, salutation colons and trademark signs alone", () => {
		const text = "Dear Ms. Whitfield:\n\nAt 10:30 the ratio was 3:1 (see https://northwind.example/a:b). Northwind™ ©2026 <30 days.\n";
		expect(only(text, "emoticon")).toEqual([]);
	});
});

describe("informal", () => {
	it("reports each informal word with a plainer choice", () => {
		const text = "Dear Ms. Whitfield,\n\nIt was awesome, and I'm gonna send the sample ASAP.\nThanks a ton!!\n";
		const found = only(text, "informal");
		expect(found.map((f) => [f.line, f.message.split("'")[1]])).toEqual([
			[3, "awesome"], [3, "gonna"], [3, "ASAP"], [4, "Thanks a ton"], [4, "!!"],
		]);
		expect(found[0]?.message).toMatch(/^'awesome' is informal; use a plainer word/);
	});
	it("flags 'hi there', 'hey', 'cheers', 'lol' and 'btw'", () => {
		for (const w of ["Hi there,", "Hey,", "Cheers,", "lol", "btw"]) expect(only(`${w}\n`, "informal"), w).toHaveLength(1);
	});
	it("does not flag words that merely contain one (schedule, cooler, coolant, ashy)", () => {
		expect(only("Dear Ms. Whitfield,\n\nThe cooler schedule and coolant supplier were superb.\n", "informal")).toEqual([]);
	});
});

describe("negative-tone", () => {
	it.each([
		["I am desperate for a new role.", "desperate"],
		["I really need this job.", "I really need this job"],
		["Sorry to bother you again.", "Sorry to bother"],
		["I hope I didn’t ramble.", "I hope I didn’t"],
		["Unfortunately, I froze on the budget question.", "Unfortunately, I"],
		["Just checking in on my application.", "Just checking in"],
		["I haven't heard back since we met.", "I haven't heard back"],
		["Why haven't you replied?", "Why haven't you"],
		["Any news??", "Any news??"],
		["I am begging you to reconsider.", "begging you"],
	])("flags '%s'", (sentence, phrase) => {
		const text = `Dear Ms. Whitfield,\n\n${sentence}\n`;
		const [f] = only(text, "negative-tone");
		expect(f?.line).toBe(3);
		expect(f?.message).toContain(`'${phrase}' sounds needy or negative;`);
	});
});
