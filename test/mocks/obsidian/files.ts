/** Obsidian's file objects and path normalisation. */
import type * as Real from "obsidian";

/** Obsidian's normalizePath: forward slashes, no doubled, leading or trailing slashes, NBSPs as spaces. */
export function normalizePath(path: string): string {
	let p = path.replace(/[\\/]+/g, "/").replace(/\u00a0|\u202f/g, " ");
	p = p.replace(/^\/+|\/+$/g, "");
	return p === "" ? "/" : p.normalize("NFC");
}

export abstract class TAbstractFile implements Real.TAbstractFile {
	vault: Real.Vault;
	path: string;
	name: string;
	parent: Real.TFolder | null = null;

	constructor(vault: Real.Vault, path: string) {
		this.vault = vault;
		this.path = path;
		this.name = path === "/" ? "" : (path.split("/").pop() ?? path);
	}
}

export class TFile extends TAbstractFile implements Real.TFile {
	stat: Real.FileStats;
	basename: string;
	extension: string;

	constructor(vault: Real.Vault, path: string, stat: Real.FileStats) {
		super(vault, path);
		this.stat = stat;
		const dot = this.name.lastIndexOf(".");
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile implements Real.TFolder {
	children: Real.TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}

/** Re-derives name, basename and extension after a rename. */
export function setPath(file: TAbstractFile, path: string): void {
	file.path = path;
	file.name = path.split("/").pop() ?? path;
	if (file instanceof TFile) {
		const dot = file.name.lastIndexOf(".");
		file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
		file.extension = dot > 0 ? file.name.slice(dot + 1) : "";
	}
}
