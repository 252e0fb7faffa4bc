// Writes docs/data-json.md from the settings definitions (src/core/settings-reference.ts).
// test/core/settings-reference.test.ts fails when the file is out of date: run `npm run docs`.
import esbuild from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const { outputFiles } = await esbuild.build({
	entryPoints: ["src/core/settings-reference.ts"],
	bundle: true,
	format: "esm",
	platform: "neutral",
	write: false,
	logLevel: "warning",
});
const source = outputFiles[0].text;
const { REFERENCE_FILE, settingsReference } = await import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);
mkdirSync(dirname(REFERENCE_FILE), { recursive: true });
writeFileSync(REFERENCE_FILE, settingsReference());
console.log(`Wrote ${REFERENCE_FILE}.`);
