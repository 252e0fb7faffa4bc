/** Test helper: an interview note fixture (__snapshots__/<name>/interview.md, beside the letters drafted from it) read as the plugin and CLI read it. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readNoteParts } from "../../../src/cli/frontmatter";
import { parseInterview, type Interview } from "../../../src/core/interview";
import { addressLines } from "../../../src/core/review/address";
import type { NoteSections } from "../../../src/core/sections";
import { readNoteSections } from "../../../src/cli/markdown";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";

export const SENDER_SETTINGS: Settings = {
	...DEFAULT_SETTINGS,
	sender: {
		name: "Morgan Ellis",
		address: "14 Harbour Street\nPortland, OR 97201",
		email: "morgan.ellis@example.com",
		phone: "+1 555 0187",
	},
};

export interface Fixture {
	name: string;
	interview: Interview;
	sections: NoteSections;
	/** The note's company_address lines, as the adapters pass them. */
	companyAddress: string[];
}

export function loadFixture(name: string): Fixture {
	const text = readFileSync(fileURLToPath(new URL(`./__snapshots__/${name}/interview.md`, import.meta.url)), "utf8");
	const parts = readNoteParts(text);
	const { interview, problems } = parseInterview(`Interviews/${name}.md`, parts.frontmatter);
	if (problems.length > 0) throw new Error(`Fixture ${name}: ${problems.join(" ")}`);
	return { name, interview, sections: readNoteSections(parts.body, DEFAULT_SETTINGS.headings), companyAddress: addressLines(parts.frontmatter?.company_address) };
}

/** Local wall-clock time, as a user in any time zone would mean it. */
export const local = (y: number, m: number, d: number, h = 9): Date => new Date(y, m - 1, d, h, 0, 0);
