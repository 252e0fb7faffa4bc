/** Every CLI subcommand, in the order `--help` lists them. */
import type { CliCommand } from "../command";
import { dueCommand } from "./due";
import { icsCommand } from "./ics";

export const COMMANDS: CliCommand[] = [dueCommand, icsCommand];
