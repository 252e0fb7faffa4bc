// Builds the command-line tool for Node into dist/ (git-ignored). Separate from
// esbuild.config.mjs: the CLI may use Node and gray-matter, the plugin never.
import esbuild from "esbuild";
import { chmodSync } from "node:fs";

const outfile = "dist/interview-follow-up.cjs";
await esbuild.build({
	entryPoints: ["src/cli/bin.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile,
	banner: { js: "#!/usr/bin/env node" },
	logLevel: "warning",
});
chmodSync(outfile, 0o755);
