// The floor the CLI is measured against: a Node process that only lists a
// vault's folders and reads every note as text, nothing else.
import { readdirSync, readFileSync } from "node:fs";

let notes = 0;
let chars = 0;
function walk(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = `${dir}/${entry.name}`;
		if (entry.isDirectory()) walk(path);
		else if (entry.name.endsWith(".md")) {
			chars += readFileSync(path, "utf8").length;
			notes++;
		}
	}
}
walk(process.argv[2] ?? ".");
process.stdout.write(`${notes} notes, ${chars} characters\n`);
