/** A CliIO that records what a command prints. */
import type { CliIO } from "../../src/cli/command";

export interface Recorded extends CliIO {
	out: () => string;
	err: () => string;
}

export function recordIO(cwd = process.cwd()): Recorded {
	let out = "";
	let err = "";
	return {
		cwd,
		stdout: (t) => void (out += t),
		stderr: (t) => void (err += t),
		out: () => out,
		err: () => err,
	};
}
