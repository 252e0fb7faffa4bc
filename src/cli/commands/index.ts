/** Every CLI subcommand, in the order `--help` lists them. */
import type { CliCommand } from "../command";

export const COMMANDS: CliCommand[] = [];
