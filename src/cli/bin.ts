/** Node entry of the `interview-follow-up` binary (built into dist/ by scripts/build-cli.mjs). */
import { main } from "./main";
import { StdioWriter } from "./stdio";

const stdout = new StdioWriter(1, () => process.stdout);
const stderr = new StdioWriter(2, () => process.stderr);

let locale: string | undefined;
main(process.argv.slice(2), {
	stdout: (text) => stdout.write(text),
	stderr: (text) => stderr.write(text),
	cwd: process.cwd(),
	// Asked for only when a date is written: Intl's first DateTimeFormat costs about as much as Node's start-up.
	get locale(): string {
		return (locale ??= Intl.DateTimeFormat().resolvedOptions().locale);
	},
}).then(
	(code) => {
		process.exitCode = code;
		// Once both streams have flushed, there is nothing left to wait for: exit without
		// idling while the garbage collector's background work winds down.
		stdout.flushed(() => stderr.flushed(() => process.exit(code)));
	},
	(err: unknown) => {
		stderr.write(`interview-follow-up: ${err instanceof Error ? err.message : String(err)}\n`);
		process.exitCode = 2;
	},
);
