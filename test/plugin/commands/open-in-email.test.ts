// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerOpenInEmail } from "../../../src/plugin/commands/open-in-email";
import { runCommand } from "../../mocks/obsidian";
import { flush, INTERVIEW, startHarness } from "./harness";

const NOTE = "Interviews/Northwind.md";
const FM = `---\ndraft_of: "[[Interviews/Northwind]]"\nkind: thank-you\nformat: email\nrecipient: "Dana Whitfield"\n---\n`;
const WITH_EMAIL = INTERVIEW.replace("    title: Head of Operations\n", "    title: Head of Operations\n    email: dana@northwind.example\n");

afterEach(() => vi.restoreAllMocks());

describe("Open draft in email app", () => {
	it("opens a mailto: with To, Subject and Body from the draft", async () => {
		const h = await startHarness({ [NOTE]: WITH_EMAIL, "Interviews/Drafts/d.md": `${FM}To: Dana Whitfield <dana@northwind.example>\nSubject: Thank you & more\n\nDear Ms. Whitfield,\n\nThanks.\n` }, registerOpenInEmail);
		const open = vi.spyOn(window, "open").mockReturnValue(window);
		await h.open("Interviews/Drafts/d.md");
		expect(runCommand(h.app, "open-draft-in-email")).toBe(true);
		await flush(h.app);
		expect(open.mock.calls).toEqual([["mailto:dana@northwind.example?subject=Thank%20you%20%26%20more&body=Dear%20Ms.%20Whitfield%2C%0D%0A%0D%0AThanks."]]);
	});

	it("without a To: line, the address comes from the interview the draft links to", async () => {
		const h = await startHarness({ [NOTE]: WITH_EMAIL, "Interviews/Drafts/d.md": `${FM}Subject: Hi\n\nDear Ms. Whitfield,\n` }, registerOpenInEmail);
		const open = vi.spyOn(window, "open").mockReturnValue(window);
		await h.open("Interviews/Drafts/d.md");
		runCommand(h.app, "open-draft-in-email");
		await flush(h.app);
		expect(open.mock.calls).toEqual([["mailto:dana@northwind.example?subject=Hi&body=Dear%20Ms.%20Whitfield%2C"]]);
	});

	it("is offered only on a draft note", async () => {
		const h = await startHarness({ [NOTE]: WITH_EMAIL }, registerOpenInEmail);
		await h.open(NOTE);
		expect(runCommand(h.app, "open-draft-in-email")).toBe(false);
	});
});
