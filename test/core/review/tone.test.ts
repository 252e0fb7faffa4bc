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

describe("negative-tone: apologetic and needy phrasing, any case and apostrophe style", () => {
	it.each([
		["Sorry if I rambled about the forklifts.", "Sorry if I rambled"],
		["SORRY IF I RAMBLED.", "SORRY IF I RAMBLED"],
		["I'm so sorry for rambling on Thursday.", "I'm so sorry for rambling"],
		["I’m sorry I was so nervous.", "I’m sorry I was so nervous"],
		["Apologies for my nerves during the panel.", "Apologies for my nerves"],
		["I apologise if I went on too long.", "I apologise if I went on too long"],
		["Forgive me for talking too much.", "Forgive me for talking too much"],
		["Sorry that I couldn't answer the budget question.", "Sorry that I couldn't answer"],
		["I really hope you'll pick me.", "I really hope you'll pick me"],
		["I really hope you’ll pick me.", "I really hope you’ll pick me"],
		["i really really hope you will choose me for the role.", "i really really hope you will choose me"],
		["Please hire me.", "Please hire me"],
		["I so hope I get the job.", "I so hope I get the job"],
		["Please give me a chance.", "Please give me a chance"],
		["This role means everything to me.", "This role means everything to me"],
		["You are my last hope.", "You are my last hope"],
		["I’ll do whatever it takes.", "I’ll do whatever it takes"],
		["I'm sure you have better candidates.", "I'm sure you have better"],
		["I don't think I did well in the case study.", "I don't think I did well"],
	])("flags '%s'", (sentence, phrase) => {
		const found = only(`Dear Ms. Whitfield,\n\n${sentence}\n`, "negative-tone");
		expect(found.map((f) => [f.line, f.severity, f.message.split("' sounds")[0]])).toEqual([[3, "warning", `'${phrase}`]]);
	});

	it("says what to do instead", () => {
		const [f] = only("Dear Ms. Whitfield,\n\nSorry if I rambled.\n", "negative-tone");
		expect(f?.message).toBe("'Sorry if I rambled' sounds needy or negative; leave out the apology; they remember what you said, so add the point you wish you had made instead.");
		const [g] = only("Dear Ms. Whitfield,\n\nI really hope you'll pick me.\n", "negative-tone");
		expect(g?.message).toBe("'I really hope you'll pick me' sounds needy or negative; state your interest and what you would bring; leave the choice to them.");
	});

	it.each([
		"I was sorry to hear that the launch moved to spring.",
		"I hope you had a restful weekend.",
		"I hope this finds you well.",
		"I hope you will consider my application.",
		"Please choose whichever date suits you best.",
		"Thank you for giving me the chance to meet the team.",
		"I apologise for the delay in sending the writing sample.",
		"The driver will pick me up at the station.",
		"I hope I get the chance to see the new routing system in use.",
		"Our team picked me to lead the rollout.",
		"The job means travelling to Leeds twice a month, which suits me.",
		"I am sure you have a busy week ahead.",
		"Unfortunate timing aside, the demo went smoothly.",
		"The sorry state of the old depot was the reason for the move.",
	])("leaves an ordinary sentence alone: %s", (sentence) => {
		expect(only(`Dear Ms. Whitfield,\n\n${sentence}\n`, "negative-tone")).toEqual([]);
	});
});
