// @vitest-environment jsdom
import type * as Real from "obsidian";
import { describe, expect, it } from "vitest";
import { registerFollowUpsCommand } from "../../../src/plugin/commands/follow-ups";
import { VIEW_TYPE_FOLLOW_UPS } from "../../../src/plugin/view";
import { ItemView, runCommand } from "../../mocks/obsidian";
import { flush, startHarness } from "./harness";

/** A stand-in for the follow-ups view: this test is about finding and revealing its leaf. */
class StubView extends ItemView {
	getViewType(): string {
		return VIEW_TYPE_FOLLOW_UPS;
	}
	getDisplayText(): string {
		return "Follow-ups";
	}
}

describe("open-follow-ups", () => {
	it("opens the view in the right sidebar once, then reveals the same leaf", async () => {
		const h = await startHarness({}, (plugin, ctx) => {
			plugin.registerView(VIEW_TYPE_FOLLOW_UPS, (leaf) => new StubView(leaf) as unknown as Real.View);
			registerFollowUpsCommand(plugin, ctx);
		});
		h.app.workspace.rightSplit.collapse();
		expect(runCommand(h.app, "open-follow-ups")).toBe(true);
		await flush(h.app);
		const leaves = h.app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS);
		expect(leaves).toHaveLength(1);
		expect(leaves[0]?.side).toBe("right");
		expect(h.app.workspace.rightSplit.collapsed).toBe(false);
		expect(h.app.workspace.getActiveViewOfType(StubView)?.leaf).toBe(leaves[0]);

		h.app.workspace.rightSplit.collapse();
		runCommand(h.app, "open-follow-ups");
		await flush(h.app);
		expect(h.app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)).toEqual(leaves);
		expect(h.app.workspace.rightSplit.collapsed).toBe(false);
	});
});
