// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { registerMarkCommands } from "../../../src/plugin/commands/mark";
import { clearNotices, noticeMessages, openModals, parseYaml, runCommand } from "../../mocks/obsidian";
import { flush, INTERVIEW, parts, startHarness } from "./harness";

const PATH = "Interviews/Northwind.md";

async function start() {
	const h = await startHarness({ [PATH]: INTERVIEW, "Notes/Shopping.md": "---\ntags: [list]\n---\nMilk\n" }, registerMarkCommands);
	await h.open(PATH);
	return h;
}

/** Frontmatter as data, and the body text. */
async function snapshot(h: Awaited<ReturnType<typeof start>>, path = PATH) {
	const text = await h.read(path);
	const { frontmatter, body } = parts(text);
	return { data: parseYaml(frontmatter.replace(/^---\n|---\n$/g, "")) as Record<string, unknown>, body };
}

function without(data: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
	const copy = { ...data };
	for (const k of keys) delete copy[k];
	return copy;
}

beforeEach(() => clearNotices());

describe("mark-<step> commands", () => {
	const cases: [string, string, string][] = [
		["debriefed", "debriefed", "2026-11-22"],
		["thank-you-sent", "thank_you_sent", "2026-11-22"],
		["references-notified", "references_notified", "2026-11-22"],
		["rejection-thanks-sent", "rejection_thanks_sent", "2026-11-22"],
		["withdrawal-sent", "withdrawal_sent", "2026-11-22"],
	];
	for (const [step, key, day] of cases) {
		it(`mark-${step} writes only ${key}, leaving other keys and the body as they were`, async () => {
			const h = await start();
			const before = await snapshot(h);
			expect(runCommand(h.app, `mark-${step}`)).toBe(true);
			await flush(h.app);
			const after = await snapshot(h);
			expect(after.body).toBe(before.body);
			expect(after.data[key]).toBe(day);
			expect(without(after.data, key)).toEqual(without(before.data, key));
			// A second run leaves the date alone and says so.
			runCommand(h.app, `mark-${step}`);
			await flush(h.app);
			expect((await snapshot(h)).data[key]).toBe(day);
			expect(noticeMessages().at(-1)).toMatch(/already recorded/);
		});
	}

	it("mark-status-check-sent turns a single date into a list and appends today", async () => {
		const h = await start();
		const before = await snapshot(h);
		runCommand(h.app, "mark-status-check-sent");
		await flush(h.app);
		const after = await snapshot(h);
		expect(after.data.status_checks).toEqual(["2026-12-04", "2026-11-22"]);
		expect(without(after.data, "status_checks")).toEqual(without(before.data, "status_checks"));
		expect(after.body).toBe(before.body);
	});

	it("mark-request-sent asks which request when several are open, and marks only that one", async () => {
		const h = await start();
		const before = await snapshot(h);
		runCommand(h.app, "mark-request-sent");
		await flush(h.app);
		const modal = openModals().at(-1);
		expect(modal?.titleEl.textContent).toBe("Which request did you send?");
		const buttons = Array.from(modal?.contentEl.querySelectorAll("button") ?? []);
		expect(buttons.map((b) => b.textContent)).toEqual(["Writing sample", "Two references"]);
		buttons[1]?.click();
		await flush(h.app);
		const after = await snapshot(h);
		expect(after.data.requests).toEqual([
			{ item: "Writing sample", asked: "2026-11-19" },
			{ item: "Two references", asked: "2026-11-19", sent: "2026-11-22" },
		]);
		expect(without(after.data, "requests")).toEqual(without(before.data, "requests"));
		expect(after.body).toBe(before.body);
		expect(openModals()).toHaveLength(0);
	});

	it("closing the request chooser writes nothing", async () => {
		const h = await start();
		const before = await h.read(PATH);
		runCommand(h.app, "mark-request-sent");
		await flush(h.app);
		openModals().at(-1)?.close();
		await flush(h.app);
		expect(await h.read(PATH)).toBe(before);
	});

	it("set-outcome writes outcome and outcome_date only", async () => {
		const h = await start();
		const before = await snapshot(h);
		expect(runCommand(h.app, "set-outcome")).toBe(true);
		await flush(h.app);
		const modal = openModals().at(-1);
		const choices = Array.from(modal?.contentEl.querySelectorAll("button") ?? []);
		expect(choices.map((b) => b.textContent)).toEqual(["Pending — still waiting to hear", "Next round — invited back", "Offer", "Rejected", "Withdrawn — I stepped back", "No response — closed out after the status checks"]);
		const rejected = choices.find((b) => b.textContent === "Rejected");
		rejected?.click();
		await flush(h.app);
		const after = await snapshot(h);
		expect(after.data.outcome).toBe("rejected");
		expect(after.data.outcome_date).toBe("2026-11-22");
		expect(without(after.data, "outcome", "outcome_date")).toEqual(without(before.data, "outcome", "outcome_date"));
		expect(after.body).toBe(before.body);
	});

	it("is not offered on a note that is not an interview", async () => {
		const h = await start();
		await h.open("Notes/Shopping.md");
		for (const id of ["mark-debriefed", "mark-request-sent", "set-outcome"]) {
			expect(h.app.commands.isAvailable(`interview-follow-up:${id}`)).toBe(false);
		}
		expect(h.app.commands.isAvailable("interview-follow-up:mark-debriefed")).toBe(false);
		await h.open(PATH);
		expect(h.app.commands.isAvailable("interview-follow-up:mark-debriefed")).toBe(true);
	});

	it("makes no processFrontMatter call for a step already recorded (Obsidian would rewrite the block)", async () => {
		const h = await startHarness({ [PATH]: INTERVIEW.replace("status_checks:", "debriefed: 2026-11-19\nstatus_checks:") }, registerMarkCommands);
		await h.open(PATH);
		const before = await h.read(PATH);
		const spy = vi.spyOn(h.app.fileManager, "processFrontMatter");
		runCommand(h.app, "mark-debriefed");
		await flush(h.app);
		expect(spy).not.toHaveBeenCalled();
		expect(noticeMessages().at(-1)).toBe("Debriefed was already recorded (debriefed: 2026-11-19).");
		expect(await h.read(PATH)).toBe(before);
	});

	it("asks before replacing a value that is not a date, and writes the date when told", async () => {
		const h = await startHarness({ [PATH]: INTERVIEW.replace("status_checks:", "thank_you_sent: not yet\nstatus_checks:") }, registerMarkCommands);
		await h.open(PATH);
		runCommand(h.app, "mark-thank-you-sent");
		await flush(h.app);
		const modal = openModals().at(-1);
		const buttons = Array.from(modal?.contentEl.querySelectorAll("button") ?? []);
		expect(buttons.map((b) => b.textContent)).toEqual(["Replace with 2026-11-22", "Keep what is there"]);
		buttons[0]?.click();
		await flush(h.app);
		expect((await snapshot(h)).data.thank_you_sent).toBe("2026-11-22");
	});

	it("keeps a value that is not a date when the user says so", async () => {
		const h = await startHarness({ [PATH]: INTERVIEW.replace("status_checks:", "thank_you_sent: not yet\nstatus_checks:") }, registerMarkCommands);
		await h.open(PATH);
		const before = await h.read(PATH);
		runCommand(h.app, "mark-thank-you-sent");
		await flush(h.app);
		Array.from(openModals().at(-1)?.contentEl.querySelectorAll("button") ?? [])[1]?.click();
		await flush(h.app);
		expect(await h.read(PATH)).toBe(before);
	});
});
