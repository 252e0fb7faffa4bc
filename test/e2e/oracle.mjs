// What the follow-ups view should show for the example vault at NOW, computed in
// Node by the same core through the CLI's adapter (gray-matter files in, not the
// metadata cache): an independent path to compare the plugin's view against.
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NOW, OUTPUT, ROOT, TIMEZONE } from "./harness.mjs";

const ENTRY = `
import { scanVault } from "./src/cli/scan";
import { loadVaultSettings } from "./src/cli/vault";
import { computeItems } from "./src/core/rules";
import { groupItems } from "./src/core/group-items";

(async () => {
const vault = process.argv[2];
const now = new Date(process.argv[3]);
const { settings, rejectionSeen: firstSeen } = await loadVaultSettings(vault);
const { notes } = await scanVault(vault, settings);
const items = computeItems(notes.map((n) => n.interview), now, settings, (p) => firstSeen?.[p] ? new Date(firstSeen[p]) : undefined);
const groups = groupItems(items, now, settings);
const out = {};
for (const [name, list] of Object.entries(groups)) out[name] = list.map((i) => ({ note: i.note, company: i.company, role: i.role, kind: i.kind, label: i.label, interviewers: i.interviewers }));
console.log(JSON.stringify(out));
})();
`;

/** { overdue, today, upcoming, waiting, later } at `now` (local ISO): items as { note, company, role, kind, label, interviewers }. */
export async function expectedGroups(now = NOW) {
	const built = await esbuild.build({
		stdin: { contents: ENTRY, resolveDir: ROOT, loader: "ts", sourcefile: "oracle-entry.ts" },
		bundle: true,
		platform: "node",
		// CommonJS, as the CLI is built: gray-matter's subpath imports resolve without file extensions.
		format: "cjs",
		target: "node20",
		write: false,
		packages: "external",
		logLevel: "silent",
	});
	// Inside the repository (git-ignored output/), so its imports resolve from node_modules.
	mkdirSync(OUTPUT, { recursive: true });
	const file = join(OUTPUT, "oracle.cjs");
	writeFileSync(file, built.outputFiles[0].text);
	try {
		const run = spawnSync(process.execPath, [file, join(ROOT, "examples/vault"), now], { cwd: ROOT, env: { ...process.env, TZ: TIMEZONE }, encoding: "utf8" });
		if (run.status !== 0) throw new Error(`The oracle failed: ${run.stderr}`);
		return JSON.parse(run.stdout);
	} finally {
		rmSync(file, { force: true });
	}
}
