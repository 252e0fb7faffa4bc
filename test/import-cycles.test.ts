/**
 * Imports under src/ run one way: no module imports, directly or through
 * others, a module that imports it. Strictly so (type-only imports count) in
 * the adapters, src/plugin, src/cli and src/main.ts. In src/core the types of
 * the model and of the kinds tables refer to each other (an interview has
 * done-steps; a kind's rule reads an interview), which TypeScript erases, so
 * there only imports that stay in the built code count.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src", import.meta.url));

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return path.endsWith(".ts") ? [path] : [];
	});
}

// `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`, across lines.
const SPECIFIERS = /(?:^|[\s;])((?:import|export)\s[^;]*?)\bfrom\s*["']([^"']+)["']|(?:^|[\s;])import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

export interface Import {
	spec: string;
	/** `import type`, `export type`, or only `type` names: erased from the built code. */
	typeOnly: boolean;
}

const onlyTypes = (clause: string): boolean => {
	if (/^(?:import|export)\s+type\s/.test(clause)) return true;
	const names = /^(?:import|export)\s*\{([^}]*)\}\s*$/.exec(clause.trim())?.[1];
	const list = names?.split(",").map((n) => n.trim()).filter((n) => n !== "") ?? [];
	return list.length > 0 && list.every((n) => n.startsWith("type "));
};

/** The relative imports of a file's text, as written. */
export function importsOf(text: string): Import[] {
	const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
	return Array.from(code.matchAll(SPECIFIERS), (m) => ({ spec: m[2] ?? m[3] ?? m[4] ?? "", typeOnly: m[1] !== undefined && onlyTypes(m[1]) })).filter((i) =>
		i.spec.startsWith("."),
	);
}

function resolveImport(from: string, spec: string): string {
	const base = resolve(dirname(from), spec);
	for (const path of [`${base}.ts`, join(base, "index.ts"), base]) {
		try {
			if (statSync(path).isFile()) return path;
		} catch {
			// try the next form
		}
	}
	throw new Error(`${relative(SRC, from)} imports '${spec}', which is not a file under src/`);
}

/** Every cycle found by a depth-first walk, each as the files around it ("a → b → a"). */
export function cyclesOf(graph: Map<string, string[]>): string[][] {
	const state = new Map<string, "open" | "done">();
	const stack: string[] = [];
	const found: string[][] = [];
	const visit = (file: string): void => {
		state.set(file, "open");
		stack.push(file);
		for (const next of graph.get(file) ?? []) {
			if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(file, "done");
	};
	for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
	return found;
}

describe("imports under src/", () => {
	const files = sourceFiles(SRC);
	const edges = files.map((f) => ({ file: f, imports: importsOf(readFileSync(f, "utf8")).map((i) => ({ ...i, path: resolveImport(f, i.spec) })) }));
	const isCore = (f: string): boolean => relative(SRC, f).startsWith("core/");
	const shown = (cycles: string[][]): string[] => cycles.map((c) => c.map((f) => relative(SRC, f)).join(" → "));

	it("are read from every source file", () => {
		const names = edges.map((e) => relative(SRC, e.file));
		for (const file of ["main.ts", "core/values.ts", "plugin/context.ts", "cli/main.ts"]) expect(names).toContain(file);
		const main = edges.find((e) => e.file === join(SRC, "main.ts"));
		expect(main?.imports.map((i) => relative(SRC, i.path))).toContain("plugin/context.ts");
	});

	it("form no cycle in the built code", () => {
		const runtime = new Map(edges.map((e) => [e.file, e.imports.filter((i) => !i.typeOnly).map((i) => i.path)]));
		expect(shown(cyclesOf(runtime))).toEqual([]);
	});

	it("form no cycle at all among the adapters (plugin, cli, main.ts)", () => {
		const adapters = new Map(edges.filter((e) => !isCore(e.file)).map((e) => [e.file, e.imports.map((i) => i.path).filter((p) => !isCore(p))]));
		expect(shown(cyclesOf(adapters))).toEqual([]);
	});

	it("never run from the core up to an adapter", () => {
		const up = edges.filter((e) => isCore(e.file)).flatMap((e) => e.imports.filter((i) => !isCore(i.path)).map((i) => `${relative(SRC, e.file)} → ${i.spec}`));
		expect(up).toEqual([]);
	});
});

describe("the cycle finder", () => {
	it("reads every form of import, and not comments; type-only ones are marked", () => {
		const text = `import a from "./a";\nimport type { B } from "../b";\nexport { c } from "./c";\nimport "./d";\nconst e = await import("./e");\n// import x from "./x";\n/* import y from "./y"; */\nimport {\n\ttype F,\n\ttype G,\n} from "./fg";\nimport { h, type H } from "./h";\nexport type { I } from "./i";\nimport { j } from "obsidian";\n`;
		expect(importsOf(text)).toEqual([
			{ spec: "./a", typeOnly: false },
			{ spec: "../b", typeOnly: true },
			{ spec: "./c", typeOnly: false },
			{ spec: "./d", typeOnly: false },
			{ spec: "./e", typeOnly: false },
			{ spec: "./fg", typeOnly: true },
			{ spec: "./h", typeOnly: false },
			{ spec: "./i", typeOnly: true },
		]);
	});
	it("finds a direct and an indirect cycle, and none in a tree", () => {
		expect(cyclesOf(new Map([["a", ["b"]], ["b", ["a"]]]))).toEqual([["a", "b", "a"]]);
		expect(cyclesOf(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]))).toEqual([["a", "b", "c", "a"]]);
		expect(cyclesOf(new Map([["a", ["b", "c"]], ["b", ["c"]], ["c", []]]))).toEqual([]);
	});
});
