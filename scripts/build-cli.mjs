// Builds the command-line tool for Node into dist/ (git-ignored). Separate from
// esbuild.config.mjs: the CLI may use Node and gray-matter, the plugin never.
// Everything is bundled, so the packed CLI (`npm pack`) installs with no dependencies.
import esbuild from "esbuild";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const result = await esbuild.build({
	entryPoints: ["src/cli/bin.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: "dist/interview-follow-up.cjs",
	banner: { js: "#!/usr/bin/env node" },
	logLevel: "warning",
	write: false,
});
// Written aside, then renamed: a process starting the CLI meanwhile (a test, `npm pack`) never reads half a file.
for (const file of result.outputFiles) {
	mkdirSync(dirname(file.path), { recursive: true });
	const part = `${file.path}.${process.pid}.part`;
	writeFileSync(part, file.contents, { mode: 0o755 });
	renameSync(part, file.path);
}
