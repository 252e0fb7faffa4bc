/** Every CLI subcommand, in the order `--help` lists them. */
import type { CliCommand } from "../command";
import { checklistCommand } from "./checklist";
import { draftCommand } from "./draft";
import { dueCommand } from "./due";
import { icsCommand } from "./ics";
import { markCommand } from "./mark";
import { questionsCommand } from "./questions";
import { reviewCommand } from "./review";

export const COMMANDS: CliCommand[] = [dueCommand, draftCommand, reviewCommand, markCommand, checklistCommand, questionsCommand, icsCommand];
