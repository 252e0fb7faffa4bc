/** Node entry of the `interview-follow-up` binary (built into dist/ by scripts/build-cli.mjs). */
import { main } from "./main";

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
	if (err.code === "EPIPE") process.exit(0);
	process.stderr.write(`interview-follow-up: cannot write the output: ${err.message}\n`);
	process.exit(2);
});

main(process.argv.slice(2), {
	stdout: (text) => void process.stdout.write(text),
	stderr: (text) => void process.stderr.write(text),
	cwd: process.cwd(),
	locale: Intl.DateTimeFormat().resolvedOptions().locale,
}).then(
	(code) => {
		process.exitCode = code;
		// Once both streams have flushed, there is nothing left to wait for: exit without
		// idling while the garbage collector's background work winds down.
		process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
	},
	(err: unknown) => {
		process.stderr.write(`interview-follow-up: ${err instanceof Error ? err.message : String(err)}\n`);
		process.exitCode = 2;
	},
);
