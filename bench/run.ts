/**
 * The benchmark (run through bench/index.mjs): a synthetic vault of 10,000 notes,
 * 2,000 of them interviews, then every figure of the performance issue, each the
 * median of several runs. Prints a table and, as its last line, one JSON object.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { computeItems } from "../src/core/rules";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { scanVault } from "../src/cli/scan";
import { listNotes } from "../src/cli/vault";
import { generateNotes, writeVault } from "./generate";
import { draftMs } from "./draft";
import { indexFigures } from "./plugin-index";
import { round, timeMs } from "./measure";

const NOW = new Date(2026, 10, 22, 9, 0, 0);
const REPS = 7;
const settings = DEFAULT_SETTINGS;

const print = (line = ""): void => void process.stdout.write(`${line}\n`);

/**
 * Every note's text, read the way scanVault reads them: the list of notes, then
 * readFileSync one after another (several times faster than fs/promises for
 * thousands of small files). This is the floor for scan_ms.
 */
async function readAll(vault: string): Promise<string[]> {
	const paths = await listNotes(vault);
	return paths.map((p) => readFileSync(join(vault, p), "utf8"));
}

async function main(): Promise<void> {
	const root = process.argv[2] ?? process.cwd();
	const vault = mkdtempSync(join(tmpdir(), "ifu-bench-vault-"));
	try {
		const notes = generateNotes(10_000, 2_000);
		writeVault(vault, notes);
		const mb = notes.reduce((n, x) => n + x.text.length, 0) / 1024 / 1024;
		print(`Synthetic vault: ${notes.length} notes (${notes.filter((n) => n.interview).length} interviews), ${round(mb)} MB, in ${vault}`);

		let itemCount = 0;
		const scan_ms = await timeMs(REPS, async () => {
			const { notes: scanned } = await scanVault(vault, settings);
			itemCount = computeItems(scanned.map((n) => n.interview), NOW, settings).length;
		});
		const read_only_ms = await timeMs(REPS, () => readAll(vault));
		// The careless way: the same reads, then gray-matter (its default YAML engine) on every
		// note. An options object keeps gray-matter from caching, so each run really parses.
		const naive_ms = await timeMs(REPS, async () => {
			for (const text of await readAll(vault)) matter(text, {});
		});
		const index = await indexFigures(notes, settings, NOW);
		const draft_ms = await draftMs(settings, NOW);
		const bundle_kb = statSync(join(root, "main.js")).size / 1024;

		const figures = {
			scan_ms: round(scan_ms),
			read_only_ms: round(read_only_ms),
			naive_ms: round(naive_ms),
			index_ms: round(index.index_ms),
			update_1k_us: round(index.update_1k_us),
			update_10k_us: round(index.update_10k_us),
			draft_ms: round(draft_ms, 2),
			heap_mb: round(index.heap_mb),
			bundle_kb: round(bundle_kb),
		};
		const targets: Record<string, [string, boolean]> = {
			scan_ms: [`≤ 1.5 × read_only (${round(1.5 * read_only_ms)}) and ≤ 0.8 × naive (${round(0.8 * naive_ms)})`, scan_ms <= 1.5 * read_only_ms && scan_ms <= 0.8 * naive_ms],
			update_10k_us: [`≤ 1.5 × update_1k (${round(1.5 * index.update_1k_us)})`, index.update_10k_us <= 1.5 * index.update_1k_us],
			heap_mb: ["≤ 30", index.heap_mb <= 30],
			bundle_kb: ["≤ 150", bundle_kb <= 150],
		};
		print(`\n${itemCount} open follow-ups at ${NOW.toString()}\n`);
		print("| figure | value | target | met |\n|---|---:|---|---|");
		for (const [k, v] of Object.entries(figures)) {
			const t = targets[k];
			print(`| ${k} | ${v} | ${t?.[0] ?? ""} | ${t ? (t[1] ? "yes" : "no") : ""} |`);
		}
		print(JSON.stringify(figures));
	} finally {
		rmSync(vault, { recursive: true, force: true });
	}
}

main().catch((err: unknown) => {
	process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
	process.exit(1);
});

