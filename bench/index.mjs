// `npm run bench`: builds the production main.js and the CLI (the figures are
// about what ships), bundles the TypeScript benchmark for Node and runs it.
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
for (const script of ["build", "build:cli"]) {
	const built = spawnSync("npm", ["run", script, "--silent"], { cwd: root, stdio: "inherit" });
	if (built.status !== 0) process.exit(built.status ?? 1);
}

const dir = mkdtempSync(join(tmpdir(), "ifu-bench-run-"));
const out = join(dir, "bench.cjs");
await esbuild.build({
	entryPoints: [join(root, "bench/run.ts")],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: out,
	packages: "external",
	nodePaths: [join(root, "node_modules")],
	logLevel: "warning",
});
const run = spawnSync(process.execPath, [out, root], { stdio: "inherit", env: { ...process.env, NODE_PATH: join(root, "node_modules") } });
rmSync(dir, { recursive: true, force: true });
process.exit(run.status ?? 1);
