/** The call format: talking points for the kinds a phone call can replace. */
import { describe, expect, it } from "vitest";
import { parseInterview } from "../../../src/core/interview";
import { draftLetters, formatsOf, LETTER_KINDS, preferredFormat } from "../../../src/core/letters/index";
import { loadFixture, local, SENDER_SETTINGS } from "./load";

describe("formats and the phone preference", () => {
	it("only status check, request progress and connection update have a call format", () => {
		expect(LETTER_KINDS.filter((k) => formatsOf(k).includes("call"))).toEqual(["status-check", "request-progress", "connection-update"]);
		expect(formatsOf("thank-you")).toEqual(["email", "letter", "card"]);
	});

	it("a call when the one reader prefers the phone and the kind has one; else the fallback", () => {
		const phone = { name: "Ana Costa", prefers: "phone" as const };
		const mail = { name: "Dana Whitfield", prefers: "email" as const };
		expect(preferredFormat("status-check", [phone], "email")).toBe("call");
		expect(preferredFormat("status-check", [mail], "letter")).toBe("letter");
		expect(preferredFormat("status-check", [phone, mail], "email")).toBe("email");
		expect(preferredFormat("thank-you", [phone], "card")).toBe("card");
		expect(preferredFormat("connection-update", [phone], "email")).toBe("call");
	});

	it("a kind without talking points drafts nothing as a call", () => {
		const { interview, sections } = loadFixture("full");
		expect(draftLetters({ interview, sections, settings: SENDER_SETTINGS, kind: "thank-you", format: "call", now: local(2026, 11, 20) })).toEqual([]);
	});
});

describe("talking points", () => {
	const { interview, sections } = loadFixture("full");
	const call = (kind: "status-check" | "request-progress" | "connection-update") =>
		draftLetters({ interview, sections, settings: SENDER_SETTINGS, kind, format: "call", now: local(2026, 12, 4) })[0]?.text ?? "";

	it("have the five parts in order: opener, purpose, one specific point, the question, the close", () => {
		for (const kind of ["status-check", "request-progress", "connection-update"] as const) {
			const labels = call(kind).split("\n").filter((l) => /^\d\. /.test(l)).map((l) => l.replace(/^(\d\. [^:]+):.*$/, "$1"));
			expect(labels).toEqual(["1. Opener", "2. Purpose", "3. One specific point", "4. The question", "5. Close"]);
		}
	});

	it("a status check's point is the news since the interview, not the thank-you's highlight", () => {
		const text = call("status-check");
		expect(text).toContain("3. One specific point: Since we met, I completed the APICS supply chain certificate.");
		expect(text).not.toContain("routing");
		expect(text).toContain("you expected one by 3 December");
	});

	it("without news, the status check's point restates interest", () => {
		const { interview: bare } = parseInterview("Interviews/B.md", { company: "Fabrikam", role: "Analyst", date: "2026-11-19", interviewers: [{ name: "Lee Chen", honorific: "Dr." }] });
		const [d] = draftLetters({ interview: bare, sections: { ...sections, sinceInterview: [] }, settings: SENDER_SETTINGS, kind: "status-check", format: "call", now: local(2026, 12, 4) });
		expect(d?.text).toContain("3. One specific point: I remain very interested in the role and in joining Fabrikam.");
	});

	it("a connection is greeted by first name and hears what stood out", () => {
		const text = call("connection-update");
		expect(text.split("\n")[0]).toBe("Call Sam: My interview at Northwind Traders");
		expect(text).toContain("1. Opener: Hi Sam, it's Morgan Ellis.");
		expect(text).toContain("3. One specific point: What stood out: their warehouse moves to a new routing system in spring.");
	});
});
