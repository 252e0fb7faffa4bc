/** `interview-follow-up templates export [VAULT]`: the built-in letter templates into the vault, to edit. */
import { readArgs } from "../args";
import { CliError, type CliCommand } from "../command";
import { exportVaultTemplates } from "../letter-templates";
import { loadVaultSettings, resolveVault } from "../vault";

const HELP = `Usage: interview-follow-up templates export [VAULT]

Writes the built-in letter templates, one file per letter kind and format
(<kind>.<format>.md), and a README.md listing their variables into the
templates folder of VAULT (the plugin's setting, default Interviews/Templates).
A file already there is kept as it is, never overwritten. Edit a copy to write
letters in your own voice or another language: \`draft\` (and the plugin) then
use it for that kind and format. Prints the paths written.

VAULT defaults to the vault around the current folder, else the current folder.

Example:
  interview-follow-up templates export ~/Notes
`;

export const templatesCommand: CliCommand = {
	name: "templates",
	summary: "export the letter templates into the vault, to edit",
	help: HELP,
	async run(args, io) {
		const a = readArgs(args, { command: "templates", positionals: ["export", "VAULT"] });
		const [action, vaultArg] = a.positionals;
		if (action !== "export") throw new CliError(action === undefined ? "Say what to do: interview-follow-up templates export [VAULT]." : `Unknown action '${action}'; use: templates export [VAULT].`);
		if (a.positionals.length > 2) throw new CliError("templates export takes at most one VAULT.");
		const vault = await resolveVault(vaultArg, io.cwd);
		const { settings, problems } = await loadVaultSettings(vault);
		for (const p of problems) io.stderr(`warning: ${p}\n`);
		const { written, kept } = await exportVaultTemplates(vault, settings.templatesFolder);
		for (const path of written) io.stdout(`${path}\n`);
		if (kept.length > 0) io.stderr(`${kept.length} ${kept.length === 1 ? "file was" : "files were"} already in ${settings.templatesFolder} and kept as ${kept.length === 1 ? "it is" : "they are"}.\n`);
		return 0;
	},
};
