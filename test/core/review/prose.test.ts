import { describe, expect, it } from "vitest";
import { prose } from "../../../src/core/review/prose";

describe("prose: code, link targets and URLs blanked by linear scans", () => {
	it.each([
		["see `a:b` here", "see   here"],
		["[site](https://x.example/a:b) ok", "[site]  ok"],
		["go to https://x.example/a:b now", "go to   now"],
		["git+ssh://host/repo and x", "  and x"],
		["1http://x", "1http://x"],
		["a :// b", "a :// b"],
		["unclosed `code and ](target", "unclosed `code and ](target"],
	])("%j → %j", (line, expected) => {
		expect(prose(line)).toBe(expected);
	});
});
