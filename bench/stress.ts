/**
 * Inputs for the linearity figures (DESIGN §7, §8): a 1 MB interview note and a
 * 1 MB draft mixing ordinary text with the shapes that once made a regex or the
 * Markdown parser super-linear, a panel of 500 interviewers, and 5,000
 * questions that all land in one comparison bucket of the question bank.
 */
import { interviewNote, rng } from "./generate";

const MB = 1024 * 1024;

const frontmatter = (company: string, interviewers: string[]): string =>
	[
		"---",
		"type: interview",
		`company: ${company}`,
		"role: Operations Analyst",
		"date: 2026-11-19 14:00",
		"interviewers:",
		...interviewers,
		"outcome: pending",
		"---",
		"",
	].join("\n");

const bullet = (i: number): string => `- Point ${i}: the team reviews stock counts every Friday and wants one planning tool by spring (ties to: my dashboard work).`;

/** Appends ordinary paragraphs until `parts` holds about `bytes` characters. */
function fillTo(parts: string[], bytes: number): void {
	const r = rng(99);
	let size = parts.reduce((n, p) => n + p.length + 1, 0);
	const base = interviewNote(r, 0, 4000).split("## Debrief\n")[1] ?? "";
	while (size < bytes) {
		parts.push(base);
		size += base.length + 1;
	}
}

/** About 1 MB: many ordinary entries in every section, plus one long pathological line or block in each. */
export function bigInterviewNote(): string {
	const parts = [
		frontmatter("Northwind Traders", ["  - name: Dana Whitfield", "    honorific: Ms.", "  - name: Sam Ortiz"]),
		"# Northwind Traders",
		"",
		"## Highlights",
		...Array.from({ length: 1500 }, (_, i) => bullet(i)),
		`- ${"[".repeat(50_000)}`,
		`- ${"*_".repeat(10_000)}`,
		"- Dana said the warehouse moves in spring.",
		"",
		"## Wish I had said",
		...Array.from({ length: 400 }, (_, i) => `- That I ran migration ${i} with the night shift.`),
		"",
		"## Since the interview",
		...Array.from({ length: 200 }, (_, i) => `- Certificate ${i} came through.`),
		"",
		"## Questions they asked",
		...Array.from({ length: 500 }, (_, i) => `- How would you decide which report ${i} to automate first?`),
		`- ${">".repeat(60_000)} a deeply quoted question?`,
		"",
		"## Debrief",
		...Array.from({ length: 40 }, (_, row) => `${"| cell ".repeat(2_500)}|${row === 0 ? `\n${"|---".repeat(2_500)}|` : ""}`),
		"",
	];
	fillTo(parts, MB);
	return parts.join("\n");
}

/** About 1 MB of draft: a thank-you with long runs of the patterns review's rules scan for. */
export function bigDraft(): string {
	const parts = [
		"---",
		"kind: thank-you",
		"format: email",
		"---",
		"Subject: Thank you",
		"",
		"Dear Ms. Whitfield,",
		"",
		"Thank you for your time on Thursday; the stock-count reconciliation you described is the problem I solved at Contoso.",
		"",
		"a.".repeat(100_000),
		"",
		"](".repeat(100_000),
		"",
		`See ${"https://example.com/a ".repeat(5_000)}`,
		"",
		":) ".repeat(20_000),
		"",
	];
	fillTo(parts, MB);
	parts.push("I would welcome the chance to join the team.", "", "Kind regards,", "Alex");
	return parts.join("\n");
}

const FIRST = ["Dana", "Sam", "Priya", "Jonas", "Aiko", "Mateo", "Grace", "Omar", "Lena", "Tariq"];
const LAST = ["Whitfield", "Ortiz", "Raman", "van der Berg", "Tanaka", "Silva", "Okafor", "Haddad", "Novak", "Ó Ceallaigh"];

/** An interview with a panel of `count` interviewers and two highlights naming each of them. */
export function panelNote(count: number): string {
	const names = Array.from({ length: count }, (_, i) => `${FIRST[i % FIRST.length] ?? "Dana"} ${LAST[Math.floor(i / FIRST.length) % LAST.length] ?? "Berg"} ${i}`);
	const interviewers = names.flatMap((n, i) => [`  - name: ${n}`, `    honorific: ${i % 2 === 0 ? "Ms." : "Mr."}`, `    email: person${i}@northwind.example`]);
	const highlights = names.flatMap((n, i) => [`- ${n} said the warehouse moves in spring ${i}. (ties to: my routing project)`, `- ${n.split(" ")[0] ?? n} asked about the Friday review ${i}.`]);
	return [frontmatter("Northwind Traders", interviewers), "## Highlights", ...highlights, "", "## Debrief", "Long day.", ""].join("\n");
}

/**
 * `notes` interview notes holding `perNote` questions each. Every question has
 * the same meaning words but for one number, so all of them share one bucket of
 * the question bank and none is a near-duplicate of another.
 */
export function questionNotes(notes: number, perNote: number): { path: string; text: string }[] {
	return Array.from({ length: notes }, (_, n) => {
		const questions = Array.from({ length: perNote }, (_, q) => `- How would you handle customer complaint number ${10_000 + n * perNote + q}?`);
		const fm = frontmatter(`Company ${n}`, ["  - Dana Whitfield"]).replace("date: 2026-11-19", `date: 2026-${String(1 + (n % 12)).padStart(2, "0")}-10`);
		return { path: `Interviews/Questions ${n}.md`, text: [fm, "## Questions they asked", ...questions, ""].join("\n") };
	});
}
