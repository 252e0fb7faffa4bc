/** The shape every CLI subcommand has; src/cli/commands/index.ts lists them, each loaded only when it runs. */

export interface CliIO {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	/** Folder relative paths are resolved against. */
	cwd: string;
	/** The system's locale, for the default date style; without it (tests) the default is "uk". */
	locale?: string;
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

/** A subcommand in the list: its name, and its code loaded on demand (the bin then reads one command's code only). */
export interface CommandRoute {
	name: string;
	load(): Promise<CliCommand>;
}

export type CommandEntry = CliCommand | CommandRoute;

/** The command of an entry, loading it when needed. */
export async function commandOf(entry: CommandEntry): Promise<CliCommand> {
	return "load" in entry ? entry.load() : entry;
}

/** Bad usage or unreadable input: printed as one line on stderr, exit code 2. */
export class CliError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "CliError";
	}
}

/**
 * True for a CliError. By name, not instanceof: each subcommand is built into
 * its own file with its own copy of this class.
 */
export function isCliError(err: unknown): err is CliError {
	return err instanceof Error && err.name === "CliError";
}
