import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { draftNoteText, type Draft } from "../../../src/core/letters/index";
import { linkPath } from "../../../src/core/letters/note";
import { local } from "./load";

const draft = (over: Partial<Draft> = {}): Draft => ({
	kind: "thank-you",
	format: "email",
	recipient: "Dana Whitfield",
	subject: "Thank you",
	title: "Thank-you note to Ms. Whitfield",
	text: "Subject: Thank you\n\nDear Ms. Whitfield,\n\nThank you.\n\nKind regards,\nMorgan Ellis\n",
	warnings: [],
	...over,
});

const frontmatter = (text: string): unknown => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "", { schema: "core" }) as unknown;

describe("draftNoteText", () => {
	it("writes the link back, kind, format, recipient and local date, then the letter", () => {
		const text = draftNoteText(draft(), "Interviews/Northwind.md", local(2026, 11, 22, 23));
		expect(text).toBe(
			'---\ndraft_of: "[[Interviews/Northwind]]"\nkind: thank-you\nformat: email\nrecipient: "Dana Whitfield"\ncreated: 2026-11-22\n---\n' +
				"Subject: Thank you\n\nDear Ms. Whitfield,\n\nThank you.\n\nKind regards,\nMorgan Ellis\n",
		);
	});

	it("holds the letter as drafted, with no second To: line (an email's own template writes it)", () => {
		const withEmail = draft({ email: "dana.whitfield@northwind.example" });
		expect(draftNoteText(withEmail, "A.md", local(2026, 11, 22)).split("---\n")[2]).toBe(withEmail.text);
	});

	it("leaves out the recipient of a letter to a reference", () => {
		const text = draftNoteText(draft({ kind: "reference-heads-up", recipient: undefined }), "Interviews/Northwind.md", local(2026, 11, 22));
		expect(text).not.toMatch(/recipient:/);
		expect(frontmatter(text)).toEqual({ draft_of: "[[Interviews/Northwind]]", kind: "reference-heads-up", format: "email", created: "2026-11-22" });
	});

	it("keeps names and paths with colons, quotes, backslashes and hashes valid YAML", () => {
		const recipient = 'Dana "DJ" O\'Neil: Ops\\Lead #1';
		const path = 'Interviews/2026: "Big" O\'Hare #2.md';
		const fm = frontmatter(draftNoteText(draft({ recipient }), path, local(2026, 11, 22)));
		expect(fm).toMatchObject({ recipient, draft_of: '[[Interviews/2026: "Big" O\'Hare #2]]' });
	});

	it("ends the note with a line break even when the text has none", () => {
		expect(draftNoteText(draft({ text: "Dear Ms. Whitfield," }), "A.md", local(2026, 11, 22)).endsWith("Dear Ms. Whitfield,\n")).toBe(true);
	});
});

describe("linkPath", () => {
	it("reads the draft_of link in its forms", () => {
		expect(linkPath("[[Interviews/Northwind|Northwind]]")).toBe("Interviews/Northwind");
		expect(linkPath("[[Northwind#Highlights]]")).toBe("Northwind");
		expect(linkPath("Interviews/Northwind.md")).toBe("Interviews/Northwind.md");
		expect(linkPath(3)).toBeNull();
	});
});
