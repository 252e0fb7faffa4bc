import { describe, expect, it } from "vitest";
import { only } from "./fixtures";

describe("placeholder", () => {
	it("flags [TODO: …], {{…}} and [Name]-like blanks as errors", () => {
		const text = "Dear [Name],\n\nI enjoyed [TODO: name one thing you discussed].\nSee {{company}} and [insert date].\n";
		const found = only(text, "placeholder");
		expect(found.map((f) => [f.line, f.severity])).toEqual([[1, "error"], [3, "error"], [4, "error"], [4, "error"]]);
		expect(found[1]?.message).toBe("'[TODO: name one thing you discussed]' is still a placeholder; replace it with your own words or remove it.");
	});
	it("leaves links, checkboxes, footnotes and callouts alone", () => {
		const text = "- [ ] send\n- [x] sent\n[Northwind](https://northwind.example) [[Interviews/Northwind]] note[^1] > [!NOTE]\n";
		expect(only(text, "placeholder")).toEqual([]);
	});
});
