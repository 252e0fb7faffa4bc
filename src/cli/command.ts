/** The shape every CLI subcommand has; src/cli/commands/index.ts lists them. */

export interface CliIO {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	/** Folder relative paths are resolved against. */
	cwd: string;
}

export interface CliCommand {
	name: string;
	/** One line for the command list. */
	summary: string;
	/** Full `--help` text: usage line, options, an example. */
	help: string;
	/** Returns the exit code: 0 success, 1 findings (review), 2 bad usage or unreadable input. */
	run(args: string[], io: CliIO): Promise<number>;
}

/** Bad usage or unreadable input: printed as one line on stderr, exit code 2. */
export class CliError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "CliError";
	}
}
