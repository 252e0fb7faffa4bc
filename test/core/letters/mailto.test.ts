import { describe, expect, it } from "vitest";
import { emailOfDraft, mailtoUrl } from "../../../src/core/letters/mailto";

const DRAFT = `---
draft_of: "[[Interviews/Northwind]]"
kind: thank-you
format: email
recipient: "Dana Whitfield"
---
To: Dana Whitfield <dana.whitfield@northwind.example>
Subject: Thank you for the Operations Analyst interview

Dear Ms. Whitfield,

Thank you & goodbye: 100% sure?

Kind regards,
Morgan Ellis
`;

describe("emailOfDraft", () => {
	it("reads To:, Subject: and the body, without the frontmatter", () => {
		expect(emailOfDraft(DRAFT)).toEqual({
			to: "dana.whitfield@northwind.example",
			subject: "Thank you for the Operations Analyst interview",
			body: "Dear Ms. Whitfield,\n\nThank you & goodbye: 100% sure?\n\nKind regards,\nMorgan Ellis",
		});
	});
	it("uses the fallback address when the text has no To: line; CRLF notes read the same", () => {
		const crlf = DRAFT.replace("To: Dana Whitfield <dana.whitfield@northwind.example>\n", "").replace(/\n/g, "\r\n");
		expect(emailOfDraft(crlf, "dana@x.example")).toEqual({
			to: "dana@x.example",
			subject: "Thank you for the Operations Analyst interview",
			body: "Dear Ms. Whitfield,\n\nThank you & goodbye: 100% sure?\n\nKind regards,\nMorgan Ellis",
		});
	});
});

describe("mailtoUrl (RFC 6068)", () => {
	it("encodes subject and body, line breaks as CRLF, and keeps the address's @", () => {
		expect(mailtoUrl(emailOfDraft(DRAFT))).toBe(
			"mailto:dana.whitfield@northwind.example?subject=Thank%20you%20for%20the%20Operations%20Analyst%20interview" +
				"&body=Dear%20Ms.%20Whitfield%2C%0D%0A%0D%0AThank%20you%20%26%20goodbye%3A%20100%25%20sure%3F%0D%0A%0D%0AKind%20regards%2C%0D%0AMorgan%20Ellis",
		);
	});
	it("round-trips any text, including ?, &, #, + and non-ASCII", () => {
		const parts = { to: "zoë+jobs@exämple.org", subject: "Q&A #2 + more?", body: "Grüße\nline two" };
		const url = new URL(mailtoUrl(parts));
		expect(decodeURIComponent(url.pathname)).toBe(parts.to);
		expect(url.searchParams.get("subject")).toBe(parts.subject);
		expect(url.searchParams.get("body")).toBe("Grüße\r\nline two");
	});
	it("leaves out what is empty", () => {
		expect(mailtoUrl({ to: "", subject: "", body: "" })).toBe("mailto:");
		expect(mailtoUrl({ to: "a@b.example", subject: "Hi", body: "" })).toBe("mailto:a@b.example?subject=Hi");
	});
});
