/** One follow-up item at a chosen due date, and the moment the group tests look from. */
import type { FollowUpItem } from "../../src/core/items";

export const NOW = new Date(2026, 10, 22, 9, 0, 0);

export const item = (id: string, due: Date, notBefore: Date | null = null): FollowUpItem => ({
	id,
	note: `Interviews/${id}.md`,
	company: "Northwind Traders",
	role: "Operations Analyst",
	kind: "thank-you",
	label: "Send a thank-you note",
	notBefore,
	due,
	state: "upcoming",
	interviewers: [],
});
