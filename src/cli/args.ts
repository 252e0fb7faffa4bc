/** A small argument reader for the subcommands, with errors a person can act on. */
import { DATE_HINT, parseDateText } from "../core/dates";
import { CliError } from "./command";

export interface ArgSpec {
	/** The subcommand, for messages. */
	command: string;
	/** Options that take a value, without the leading "--" (e.g. "now"). */
	values?: readonly string[];
	/** Options that are on or off (e.g. "json"). */
	flags?: readonly string[];
	/** Names of the positional arguments, in order, for messages (e.g. ["VAULT"]). */
	positionals?: readonly string[];
}

export interface Args {
	positionals: string[];
	values: Record<string, string>;
	flags: Set<string>;
}

const seeHelp = (command: string): string => `see 'interview-follow-up ${command} --help'`;

/** Reads `--name value`, `--name=value`, `--flag` and positionals; `--` ends the options. */
export function readArgs(args: readonly string[], spec: ArgSpec): Args {
	const out: Args = { positionals: [], values: {}, flags: new Set() };
	const values = spec.values ?? [];
	const flags = spec.flags ?? [];
	const positionals = spec.positionals ?? [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? "";
		if (arg === "--") {
			out.positionals.push(...args.slice(i + 1));
			break;
		}
		if (!arg.startsWith("--") || arg === "-") {
			if (arg.startsWith("-") && arg !== "-") throw new CliError(`Unknown option '${arg}' for '${spec.command}'; ${seeHelp(spec.command)}.`);
			out.positionals.push(arg);
			continue;
		}
		const eq = arg.indexOf("=");
		const name = arg.slice(2, eq === -1 ? undefined : eq);
		if (values.includes(name)) {
			const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
			if (value === undefined || value === "") throw new CliError(`--${name} needs a value; ${seeHelp(spec.command)}.`);
			out.values[name] = value;
		} else if (flags.includes(name)) {
			if (eq !== -1) throw new CliError(`--${name} takes no value; write just --${name}.`);
			out.flags.add(name);
		} else {
			throw new CliError(`Unknown option '--${name}' for '${spec.command}'; ${seeHelp(spec.command)}.`);
		}
	}
	if (out.positionals.length > positionals.length) {
		const extra = out.positionals[positionals.length] ?? "";
		const expected = positionals.length ? `only ${positionals.join(" ")}` : "no arguments";
		throw new CliError(`Unexpected argument '${extra}': '${spec.command}' takes ${expected}; ${seeHelp(spec.command)}.`);
	}
	return out;
}

/** `--now` as local wall-clock time, or the clock when it is not given. */
export function readNow(text: string | undefined, clock: () => Date = () => new Date()): Date {
	if (text === undefined) return clock();
	const r = parseDateText(text);
	if (!r.ok) throw new CliError(`--now '${text}' is not a date and time; ${DATE_HINT}, or 2026-11-22T09:00:00.`);
	return r.value.at;
}
