/** Every CLI subcommand, in the order `--help` lists them. */
import type { CliCommand } from "../command";
import { dueCommand } from "./due";
import { icsCommand } from "./ics";
import { reviewCommand } from "./review";

export const COMMANDS: CliCommand[] = [dueCommand, reviewCommand, icsCommand];
