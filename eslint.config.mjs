import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import { builtinModules } from "node:module";

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "test/e2e/output/", "**/*.mjs", "**/*.js", "test/fixtures/", "examples/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// The core is pure: no Obsidian, no Node. It runs in the plugin, the CLI and tests alike.
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": ["error", {
				paths: [
					{ name: "obsidian", message: "src/core must not depend on Obsidian; pass data in from src/plugin." },
					{ name: "gray-matter", message: "gray-matter is for the CLI only (it needs Node)." },
					{ name: "date-fns", message: "date-fns is a devDependency for tests only; distances in words come from src/core/distance.ts." },
					...nodeModules.map((name) => ({ name, message: "src/core must not use Node built-ins." })),
				],
				patterns: [
					{ group: ["**/plugin/**", "**/cli/**"], message: "src/core must not import its adapters." },
				],
			}],
		},
	},
	{
		files: ["src/plugin/**/*.ts", "src/main.ts"],
		rules: {
			"no-restricted-imports": ["error", {
				paths: [
					{ name: "gray-matter", message: "gray-matter needs Node and would break Obsidian mobile; read frontmatter from the metadata cache." },
					...nodeModules.map((name) => ({ name, message: "main.js must load on Obsidian mobile: no Node built-ins." })),
				],
				patterns: [{ group: ["**/cli/**"], message: "The plugin must not import the CLI." }],
			}],
		},
	},
	{
		// The CLI, tests and benchmark run on Node, not inside Obsidian.
		files: ["src/cli/**/*.ts", "test/**/*.ts", "bench/**/*.ts", "vitest.config.ts"],
		rules: {
			"import/no-nodejs-modules": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"no-console": "off",
			"obsidianmd/ui/sentence-case": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/no-global-this": "off",
			// TypeScript already checks names; ESLint's no-undef does not know Node's globals.
			"no-undef": "off",
		},
	},
]);
