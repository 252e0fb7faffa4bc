/** The `interview-follow-up` command: finds the subcommand and turns every failure into one line and an exit code. */
import { withoutControlChars } from "../core/control-chars";
import { commandOf, isCliError, type CliCommand, type CliIO, type CommandEntry } from "./command";
import { COMMANDS } from "./commands/index";

const PROGRAM = "interview-follow-up";

/** Every command of the list, loaded (for the command list of `--help`). */
export function loadCommands(entries: readonly CommandEntry[] = COMMANDS): Promise<CliCommand[]> {
	return Promise.all(entries.map(commandOf));
}

export function globalHelp(commands: readonly CliCommand[]): string {
	const width = Math.max(0, ...commands.map((c) => c.name.length));
	const list = commands.map((c) => `  ${c.name.padEnd(width)}   ${c.summary}`).join("\n");
	return `Usage: ${PROGRAM} <command> [arguments] [options]

Follow-ups for the job interviews journalled in an Obsidian vault: what to do,
by when, from the same rules as the Interview Follow-up plugin.

Commands:
${list}

Run '${PROGRAM} <command> --help' for a command's arguments and options.
`;
}

const isHelp = (a: string): boolean => a === "--help" || a === "-h";

/**
 * Runs one command line (without the program name) and returns the exit code.
 * Never throws. Everything printed passes one sanitiser: a control character
 * from note text (an escape sequence, NUL, BEL, DEL, C1) never reaches the
 * terminal; tab and line breaks stay (DESIGN §7).
 */
export async function main(argv: readonly string[], raw: CliIO, commands: readonly CommandEntry[] = COMMANDS): Promise<number> {
	// Every other field read through from the caller's io (a getter, such as the bin's locale, stays lazy).
	const io = Object.create(raw, {
		stdout: { value: (text: string) => raw.stdout(withoutControlChars(text)) },
		stderr: { value: (text: string) => raw.stderr(withoutControlChars(text)) },
	}) as CliIO;
	const fail = (message: string): number => {
		io.stderr(`${PROGRAM}: ${message}\n`);
		return 2;
	};
	const [name, ...rest] = argv;
	if (name === undefined) return fail(`no command given; run '${PROGRAM} --help' for the list.`);
	try {
		if (isHelp(name) || name === "help") {
			const wanted = name === "help" ? rest[0] : undefined;
			const entry = wanted === undefined ? undefined : commands.find((c) => c.name === wanted);
			if (wanted !== undefined && !entry) return fail(`unknown command '${wanted}'; run '${PROGRAM} --help' for the list.`);
			io.stdout(entry ? (await commandOf(entry)).help : globalHelp(await loadCommands(commands)));
			return 0;
		}
		const entry = commands.find((c) => c.name === name);
		if (!entry) {
			const known = commands.map((c) => c.name).join(", ");
			return fail(`unknown command '${name}'; the commands are ${known}. Run '${PROGRAM} --help'.`);
		}
		const command = await commandOf(entry);
		const dashDash = rest.indexOf("--");
		if ((dashDash === -1 ? rest : rest.slice(0, dashDash)).some(isHelp)) {
			io.stdout(command.help);
			return 0;
		}
		return await command.run([...rest], io);
	} catch (err) {
		if (isCliError(err)) return fail(err.message);
		const message = err instanceof Error ? err.message : String(err);
		return fail(`'${name}' failed unexpectedly: ${message.split("\n")[0] ?? message}`);
	}
}
