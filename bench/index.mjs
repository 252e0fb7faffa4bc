// `npm run bench`: builds the production main.js (its size is one figure), bundles the
// TypeScript benchmark for Node with `obsidian` pointed at the test stand-in, and runs it
// with --expose-gc so retained heap can be measured.
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const dir = mkdtempSync(join(tmpdir(), "ifu-bench-run-"));
const out = join(dir, "bench.cjs");
await esbuild.build({
	entryPoints: [join(root, "bench/run.ts")],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: out,
	alias: { obsidian: join(root, "test/mocks/obsidian.ts") },
	logLevel: "warning",
});
const run = spawnSync(process.execPath, ["--expose-gc", out, root], { stdio: "inherit" });
rmSync(dir, { recursive: true, force: true });
process.exit(run.status ?? 1);
