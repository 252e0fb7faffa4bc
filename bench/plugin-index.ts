/**
 * The plugin-side figures: index_ms, update_1k_us, update_10k_us, heap_mb.
 *
 * What is measured is our code only. The vault and metadata cache are the test
 * stand-in (test/mocks/obsidian), which bench/index.mjs bundles in place of
 * `obsidian`. Its YAML parsing (Obsidian does that in a worker before the
 * plugin ever sees a note) runs once, before any clock starts: the index is
 * then built from the cached frontmatter objects exactly as in Obsidian, and
 * an edit is replayed by firing the cache's 'changed' event with a cache
 * object parsed beforehand. What remains of the stand-in inside the timings
 * is a Map lookup per note and one getMarkdownFiles() list per build.
 */
import type { CachedMetadata } from "obsidian";
import type { Settings } from "../src/core/settings";
import { InterviewIndex } from "../src/plugin/interview-index";
import { RejectionLog } from "../src/plugin/plugin-data";
import { parseMetadata } from "../test/mocks/obsidian/metadata-parse";
import { createTestApp, fileAt, type TestApp } from "../test/mocks/obsidian";
import type { GeneratedNote } from "./generate";
import { median, retainedMb, timeMs } from "./measure";

export interface IndexFigures {
	index_ms: number;
	update_1k_us: number;
	update_10k_us: number;
	heap_mb: number;
}

async function appWith(notes: GeneratedNote[]): Promise<TestApp> {
	return createTestApp({ files: Object.fromEntries(notes.map((n) => [n.path, n.text])) });
}

function newIndex(app: TestApp, settings: Settings, now: Date): InterviewIndex {
	// As main.ts builds it: a rejection log that saves (here: nowhere) when it learns something.
	const index = new InterviewIndex(app, () => settings, { rejections: new RejectionLog({}, () => undefined), now: () => now });
	index.load();
	index.build();
	return index;
}

/**
 * What the follow-ups view (view.ts refresh) and the status bar compute on a
 * change, without the DOM: the grouped items (index.groups = groupItems over
 * index.items, patched per note within a minute), the note count, the problems.
 */
function viewModel(index: InterviewIndex, now: Date): number {
	const groups = index.groups(now);
	return groups.overdue.length + groups.today.length + groups.upcoming.length + groups.waiting.length + index.size + index.problems().length;
}

/**
 * Median µs of one edit: an interview note's frontmatter changes (debriefed
 * added, then removed again), the cache reports it, the index updates, and the
 * view model is recomputed. Within one minute, as edits happen.
 */
function updateUs(app: TestApp, notes: GeneratedNote[], settings: Settings, now: Date, reps: number): number {
	const index = newIndex(app, settings, now);
	viewModel(index, now);
	const target = notes.filter((n) => n.interview && !n.text.includes("\ndebriefed:"))[0];
	if (!target) throw new Error("The synthetic vault has no interview note to edit.");
	const file = fileAt(app, target.path);
	const edited = target.text.replace("\noutcome:", "\ndebriefed: 2026-11-20\noutcome:");
	const versions: [string, CachedMetadata][] = [
		[edited, parseMetadata(edited)],
		[target.text, parseMetadata(target.text)],
	];
	const times: number[] = [];
	let sink = 0;
	for (let i = 0; i < reps + 200; i++) {
		const [data, cache] = versions[i % 2] as [string, CachedMetadata];
		const t0 = process.hrtime.bigint();
		app.metadataCache.trigger("changed", file, data, cache);
		sink += viewModel(index, now);
		const t = Number(process.hrtime.bigint() - t0) / 1e3;
		if (i >= 200) times.push(t); // the first edits warm up the JIT
	}
	if (sink === 0) throw new Error("The update benchmark saw no follow-ups.");
	index.unload();
	return median(times);
}

export async function indexFigures(notes: GeneratedNote[], settings: Settings, now: Date): Promise<IndexFigures> {
	const small = await appWith(notes.slice(0, 1_000));
	const update_1k_us = updateUs(small, notes.slice(0, 1_000), settings, now, 2_000);

	const app = await appWith(notes);
	const update_10k_us = updateUs(app, notes, settings, now, 2_000);
	// A build: every note's cached frontmatter read, then the first items the view asks for.
	const index_ms = await timeMs(5, () => {
		const index = newIndex(app, settings, now);
		index.items(now);
		index.unload();
	});
	// Retained heap: the index with its notes and the items it caches for the view.
	const { mb, value } = retainedMb(() => {
		const index = newIndex(app, settings, now);
		index.items(now);
		return index;
	});
	if (value.notes().length === 0) throw new Error("The index found no interview notes.");
	return { index_ms, update_1k_us, update_10k_us, heap_mb: mb };
}
