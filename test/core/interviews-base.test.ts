/**
 * The interviews base checked against the Bases syntax as Obsidian documents it
 * (help.obsidian.md/bases/syntax): a YAML map whose keys are among filters,
 * formulas, properties, summaries and views; a filter is an expression string
 * or a map with exactly one of and / or / not holding a list of filters; each
 * view has a type (table, cards, list, map), a name, and optionally filters,
 * order (property ids: note properties, file.* or formula.*), limit, groupBy.
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { interviewsBase, interviewsBasePath, interviewsBaseText } from "../../src/core/interviews-base";
import { resolveSettings } from "../../src/core/settings";

const TOP_KEYS = ["filters", "formulas", "properties", "summaries", "views"];
const VIEW_KEYS = ["type", "name", "limit", "groupBy", "filters", "order", "summaries"];
const VIEW_TYPES = ["table", "cards", "list", "map"];
const PROPERTY_ID = /^(?:(?:note|file|formula)\.)?[A-Za-z_][\w-]*$/;

/** The problems of `f` as a Bases filter; [] when it is one. */
function filterProblems(f: unknown, where: string): string[] {
	if (typeof f === "string") return f.trim() === "" ? [`${where}: an empty expression`] : [];
	if (typeof f !== "object" || f === null || Array.isArray(f)) return [`${where}: neither an expression nor a map`];
	const keys = Object.keys(f);
	if (keys.length !== 1 || !["and", "or", "not"].includes(keys[0] as string)) return [`${where}: needs exactly one of and, or, not (has ${keys.join(", ")})`];
	const list = (f as Record<string, unknown>)[keys[0] as string];
	if (!Array.isArray(list) || list.length === 0) return [`${where}.${keys[0]}: not a list of filters`];
	return list.flatMap((x, i) => filterProblems(x, `${where}.${keys[0]}[${i}]`));
}

/** The problems of a parsed .base file against the documented schema. */
function baseProblems(doc: unknown): string[] {
	if (typeof doc !== "object" || doc === null) return ["not a YAML map"];
	const d = doc as Record<string, unknown>;
	const out = Object.keys(d).filter((k) => !TOP_KEYS.includes(k)).map((k) => `unknown top-level key ${k}`);
	if (d.filters !== undefined) out.push(...filterProblems(d.filters, "filters"));
	for (const [id, p] of Object.entries((d.properties ?? {}) as Record<string, unknown>)) {
		if (!PROPERTY_ID.test(id)) out.push(`properties: bad id ${id}`);
		if (typeof (p as { displayName?: unknown }).displayName !== "string") out.push(`properties.${id}: no displayName`);
	}
	if (!Array.isArray(d.views) || d.views.length === 0) return [...out, "views: not a list"];
	d.views.forEach((v: Record<string, unknown>, i) => {
		out.push(...Object.keys(v).filter((k) => !VIEW_KEYS.includes(k)).map((k) => `views[${i}]: unknown key ${k}`));
		if (!VIEW_TYPES.includes(v.type as string)) out.push(`views[${i}].type: ${String(v.type)}`);
		if (typeof v.name !== "string" || v.name === "") out.push(`views[${i}]: no name`);
		if (v.filters !== undefined) out.push(...filterProblems(v.filters, `views[${i}].filters`));
		if (v.order !== undefined && (!Array.isArray(v.order) || !v.order.every((p) => typeof p === "string" && PROPERTY_ID.test(p)))) out.push(`views[${i}].order: not property ids`);
	});
	return out;
}

describe("interviews base", () => {
	const settings = resolveSettings({}).settings;

	it("is a valid Bases file: the schema holds for what the YAML parser reads back", () => {
		const doc = parse(interviewsBaseText(settings)) as unknown;
		expect(baseProblems(doc)).toEqual([]);
		expect(doc).toEqual(interviewsBase(settings));
	});

	it("the validator catches what Bases would refuse", () => {
		expect(baseProblems({ views: [{ type: "grid", name: "x" }], filter: "a" })).toEqual(["unknown top-level key filter", "views[0].type: grid"]);
		expect(filterProblems({ and: ["a"], or: ["b"] }, "f")).toEqual(["f: needs exactly one of and, or, not (has and, or)"]);
		expect(filterProblems({ not: "a" }, "f")).toEqual(["f.not: not a list of filters"]);
	});

	it("has the three views, each with the columns company, role, date, outcome and decision_by", () => {
		const base = interviewsBase(settings);
		expect(base.views.map((v) => v.name)).toEqual(["All interviews", "Awaiting a decision", "This week"]);
		for (const v of base.views) expect(v.order).toEqual(["file.name", "company", "role", "date", "outcome", "decision_by"]);
		expect(base.views[1]?.filters).toEqual({ and: [{ or: ['outcome == "pending"', "outcome.isEmpty()"] }, "date <= now()"] });
		expect(base.views[2]?.filters).toEqual({ and: ["date >= today()", 'date < today() + "7d"'] });
	});

	it("finds interviews as the detection settings do, never in the drafts or templates folder", () => {
		expect(interviewsBase(settings).filters).toEqual({
			and: [
				'file.ext == "md"',
				{ or: ['type == "interview"', 'file.hasTag("interview")', 'file.inFolder("Interviews")'] },
				{ not: ['file.inFolder("Interviews/Drafts")', 'file.inFolder("Interviews/Templates")'] },
			],
		});
		const custom = resolveSettings({ detectByTag: false, interviewsFolder: "Jobs/Tom's apps", draftsFolder: "Drafts", templatesFolder: "Templates" }).settings;
		expect(interviewsBase(custom).filters).toEqual({
			and: ['file.ext == "md"', { or: ['type == "interview"', `file.inFolder("Jobs/Tom's apps")`] }, { not: ['file.inFolder("Drafts")', 'file.inFolder("Templates")'] }],
		});
		expect(parse(interviewsBaseText(custom))).toEqual(interviewsBase(custom));
		expect(interviewsBasePath(custom)).toBe("Jobs/Tom's apps/Interviews.base");
		expect(interviewsBasePath(resolveSettings({ interviewsFolder: "" }).settings)).toBe("Interviews.base");
	});
});
