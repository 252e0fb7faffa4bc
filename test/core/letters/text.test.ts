import { describe, expect, it } from "vitest";
import { addressedToReader, inSentence, introduce, itemAfterThe, ownExperience, plainText, toSecondPerson, verbForYou } from "../../../src/core/letters/text";

describe("from note to sentence", () => {
	it("reduces inline Markdown to its words", () => {
		expect(plainText("**Sam** showed the [[Dashboards/Ops|ops dashboard]], the [[Runbook]] and [a demo](https://x.example) in `SQL`")).toBe(
			"Sam showed the ops dashboard, the Runbook and a demo in SQL",
		);
		expect(plainText("a *bold* _move_ on snake_case_names")).toBe("a bold move on snake_case_names");
	});

	it("lower-cases a common first word, keeps names and acronyms, drops closing punctuation", () => {
		expect(inSentence("Their warehouse moves in spring.")).toBe("their warehouse moves in spring");
		expect(inSentence("Contoso runs two sites;")).toBe("Contoso runs two sites");
		expect(inSentence("I led the audit!")).toBe("I led the audit");
		expect(inSentence("AI tools are next")).toBe("AI tools are next");
	});

	it("reads the employer's 'they' as 'you' with the same verbs", () => {
		expect(toSecondPerson("They are moving their reporting; it suits them and they're keen")).toBe("You are moving your reporting; it suits you and you're keen");
	});

	it("speaks to the reader about what the note says of them", () => {
		const names = ["Dana Whitfield", "Ms. Whitfield", "Ms. Dana Whitfield", "Dana", "Whitfield"];
		expect(addressedToReader("Dana said the team loses a day", names)).toBe("you said the team loses a day");
		expect(addressedToReader("Ms. Whitfield wants forecasts people trust", names)).toBe("you want forecasts people trust");
		expect(addressedToReader("Dana's team tests every level. Dana cares about handovers", names)).toBe("your team tests every level. you care about handovers");
		expect(addressedToReader("I showed Dana this chart", names)).toBe("I showed you this chart");
		expect(addressedToReader("Danaher makes tools", names)).toBe("Danaher makes tools");
	});

	it("puts a present-tense verb in the form that follows 'you'", () => {
		expect(["wants", "is", "has", "carries", "pushes", "values", "said", "always", "discuss"].map(verbForYou)).toEqual([
			"want", "are", "have", "carry", "push", "value", "said", "always", "discuss",
		]);
	});

	it("names the user's experience after 'ties to'", () => {
		expect(ownExperience("my routing project at Contoso")).toBe("my routing project at Contoso");
		expect(ownExperience("routing project at Contoso")).toBe("my routing project at Contoso");
		expect(ownExperience("launching the tablet edition")).toBe("my work launching the tablet edition");
		expect(ownExperience("the dashboard I built")).toBe("the dashboard I built");
		expect(ownExperience("I led the migration")).toBe("my own experience (I led the migration)");
	});

	it("names a requested item after 'the'", () => {
		expect(itemAfterThe("Writing sample")).toBe("writing sample");
		expect(itemAfterThe("A short product brief.")).toBe("short product brief");
		expect(itemAfterThe("AWS certificate")).toBe("AWS certificate");
	});

	it("introduces a point after a colon, its own colons turned to dashes, placeholders kept", () => {
		expect(introduce("One update", "the switch: done in 2024")).toBe("One update: the switch — done in 2024.");
		expect(introduce("One update", "[TODO: what changed]")).toBe("One update: [TODO: what changed].");
	});
});
