/**
 * Every CLI subcommand, in the order `--help` lists them. Each is imported only
 * when it runs: scripts/build-cli.mjs builds each into its own file, so `due`
 * never loads the Markdown parser of `draft` or the calendar code of `ics`.
 */
import type { CommandRoute } from "../command";

export const COMMANDS: CommandRoute[] = [
	{ name: "due", load: async () => (await import("./due")).dueCommand },
	{ name: "draft", load: async () => (await import("./draft")).draftCommand },
	{ name: "review", load: async () => (await import("./review")).reviewCommand },
	{ name: "mark", load: async () => (await import("./mark")).markCommand },
	{ name: "checklist", load: async () => (await import("./checklist")).checklistCommand },
	{ name: "questions", load: async () => (await import("./questions")).questionsCommand },
	{ name: "ics", load: async () => (await import("./ics")).icsCommand },
	{ name: "templates", load: async () => (await import("./templates")).templatesCommand },
];
