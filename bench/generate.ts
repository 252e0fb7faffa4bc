/**
 * A deterministic synthetic vault for the benchmark: ordinary notes and
 * interview notes with realistic frontmatter and bodies of a few KB. Pure (no
 * Node built-ins): the browser page of the plugin benchmark generates its
 * vault with it too; bench/vaults.ts writes vaults to disk.
 */

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const COMPANIES = ["Northwind Traders", "Contoso", "Fabrikam", "Tailspin Toys", "Wide World Importers", "Adventure Works", "Litware", "Proseware", "Woodgrove Bank", "Coho Winery", "Alpine Ski House", "Blue Yonder Airlines"];
const ROLES = ["Operations Analyst", "Data Engineer", "Product Manager", "Support Lead", "Backend Developer", "UX Researcher", "Account Manager", "QA Engineer"];
const FIRST = ["Dana", "Sam", "Priya", "Jonas", "Aiko", "Mateo", "Grace", "Omar", "Lena", "Tariq", "Ruth", "Kwame"];
const LAST = ["Whitfield", "Ortiz", "Raman", "Berg", "Tanaka", "Silva", "Okafor", "Haddad", "Novak", "Iqbal", "Cohen", "Mensah"];
const HONORIFICS = ["Ms.", "Mr.", "Dr.", "Mx.", "Prof.", ""];
const WORDS = "the team shipped a routing change that cut late deliveries while the warehouse moved to scanning every pallet at the dock and we talked about forecasting budgets hiring plans quarterly reviews customer calls onboarding and the roadmap for next year".split(" ");
const QUESTIONS = ["Tell me about a time you missed a deadline.", "How do you prioritise competing requests?", "Describe a process you improved.", "Why do you want to leave your current role?", "How would you explain a data model to a non-technical colleague?", "What would you do in your first ninety days?", "Tell me about a conflict with a colleague.", "Where do you see yourself in five years?"];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const pad = (n: number) => String(n).padStart(2, "0");

function sentence(r: () => number, words: number): string {
	const out: string[] = [];
	for (let i = 0; i < words; i++) out.push(pick(r, WORDS));
	const s = out.join(" ");
	return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function paragraphs(r: () => number, bytes: number): string {
	const out: string[] = [];
	let size = 0;
	while (size < bytes) {
		const p = Array.from({ length: 3 + Math.floor(r() * 4) }, () => sentence(r, 8 + Math.floor(r() * 10))).join(" ");
		out.push(p);
		size += p.length + 2;
	}
	return out.join("\n\n");
}

/** Local date `days` before 2026-11-22, as YAML text. */
function day(offset: number): string {
	const d = new Date(2026, 10, 22 - offset);
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function interviewNote(r: () => number, i: number, bodyBytes: number): string {
	const company = pick(r, COMPANIES);
	const role = pick(r, ROLES);
	const ago = Math.floor(r() * 60) - 5;
	const people = 1 + Math.floor(r() * 3);
	const interviewers = Array.from({ length: people }, () => {
		const h = pick(r, HONORIFICS);
		const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
		return `  - name: ${name}\n${h ? `    honorific: ${h}\n` : ""}    title: ${pick(r, ROLES)}`;
	}).join("\n");
	const outcome = pick(r, ["pending", "pending", "pending", "next-round", "rejected", "offer"]);
	const lines = [
		"---",
		"type: interview",
		`company: ${company}`,
		`role: ${role}`,
		`date: ${day(ago)}${r() < 0.6 ? ` ${pad(9 + Math.floor(r() * 8))}:${r() < 0.5 ? "00" : "30"}` : ""}`,
		`round: ${1 + Math.floor(r() * 3)}`,
		"interviewers:",
		interviewers,
		`interest: ${pick(r, ["yes", "yes", "unsure", "no"])}`,
		`outcome: ${outcome}`,
	];
	if (r() < 0.5) lines.push(`decision_by: ${day(ago - 10)}`);
	if (r() < 0.5) lines.push(`debriefed: ${day(ago)}`);
	if (r() < 0.5) lines.push(`thank_you_sent: ${day(ago - 1)}`);
	if (r() < 0.3) lines.push(`status_checks: [${day(ago - 12)}]`);
	if (outcome === "rejected") lines.push(`outcome_date: ${day(Math.max(ago - 14, 0))}`);
	if (r() < 0.3) lines.push("requests:", `  - item: Writing sample`, `    asked: ${day(ago)}`);
	lines.push(`tags: [job-search, ${company.toLowerCase().replace(/\s+/g, "-")}]`, "---", "");
	const questions = Array.from({ length: 3 + Math.floor(r() * 3) }, () => `- ${pick(r, QUESTIONS)}`).join("\n");
	const body = [
		`# ${company} — ${role} (${i})`,
		"",
		"## Highlights",
		`- ${sentence(r, 10)} — ties to: ${sentence(r, 6)}`,
		`- ${sentence(r, 12)}`,
		"",
		"## Wish I had said",
		sentence(r, 14),
		"",
		"## Questions they asked",
		questions,
		"",
		"## Debrief",
		paragraphs(r, bodyBytes),
		"",
	];
	return `${lines.join("\n")}${body.join("\n")}`;
}

export function ordinaryNote(r: () => number, i: number, bodyBytes: number): string {
	const fm = r() < 0.6 ? `---\ntags: [${pick(r, ["daily", "reading", "project", "idea"])}]\ncreated: ${day(Math.floor(r() * 400))}\n---\n` : "";
	// Some ordinary notes mention interviews in passing: the cheap pre-check must not be fooled.
	const mention = r() < 0.05 ? "\n\nPrep for the interview with the hiring panel next week.\n" : "";
	return `${fm}# Note ${i}\n\n${paragraphs(r, bodyBytes)}${mention}\n`;
}

export interface GeneratedNote {
	path: string;
	text: string;
	interview: boolean;
}

/** The notes of a vault: `total` notes, of which `interviews` are interview notes. */
export function generateNotes(total: number, interviews: number, seed = 20261122): GeneratedNote[] {
	const r = rng(seed);
	const notes: GeneratedNote[] = [];
	const every = total / interviews;
	let made = 0;
	for (let i = 0; i < total; i++) {
		const isInterview = Math.floor(i % every) === 0 && made < interviews;
		if (isInterview) made++;
		const bytes = 1500 + Math.floor(r() * 3000);
		if (isInterview) notes.push({ path: `Interviews/${2024 + (i % 3)}/Interview ${i}.md`, text: interviewNote(r, i, bytes), interview: true });
		else notes.push({ path: `Notes/${pick(r, ["Daily", "Projects", "Reading", "Ideas"])}/Note ${i}.md`, text: ordinaryNote(r, i, bytes), interview: false });
	}
	return notes;
}
