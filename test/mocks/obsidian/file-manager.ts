/** Obsidian's FileManager: frontmatter writes and link-aware renames. */
import type * as Real from "obsidian";
import type { Signatures } from "./signatures";
import { normalizePath, TFile, TFolder } from "./files";
import type { MetadataCache } from "./metadata";
import type { Vault } from "./vault";
import { getFrontMatterInfo, parseYaml, stringifyYaml } from "./yaml";

type Modeled = "processFrontMatter" | "renameFile" | "trashFile" | "generateMarkdownLink" | "getNewFileParent";

export class FileManager implements Signatures<Real.FileManager, Modeled> {
	constructor(
		private readonly vault: Vault,
		private readonly metadataCache: MetadataCache,
	) {}

	/**
	 * Parses the frontmatter, lets `fn` change it, writes the whole block back
	 * (as Obsidian does: comments and formatting inside the block are lost) and
	 * leaves every byte after the block as it was. Adds a block when there is none.
	 */
	async processFrontMatter(file: Real.TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: Real.DataWriteOptions): Promise<void> {
		if (!(file instanceof TFile)) throw new Error(`${file.path} is not a file.`);
		await this.vault.process(
			file,
			(text) => {
				const info = getFrontMatterInfo(text);
				const parsed = info.exists ? parseYaml(info.frontmatter) : {};
				if (parsed !== null && (typeof parsed !== "object" || Array.isArray(parsed))) throw new Error(`The frontmatter of ${file.path} is not a set of properties.`);
				const data = (parsed ?? {}) as Record<string, unknown>;
				fn(data);
				const yaml = stringifyYaml(data);
				return info.exists ? text.slice(0, info.from) + yaml + text.slice(info.to) : `---\n${yaml}---\n${text}`;
			},
			options,
		);
	}

	async renameFile(file: Real.TAbstractFile, newPath: string): Promise<void> {
		await this.vault.rename(file, newPath);
	}

	async trashFile(file: Real.TAbstractFile): Promise<void> {
		this.vault.remove(file);
	}

	generateMarkdownLink(file: Real.TFile, sourcePath: string, subpath = "", alias = ""): string {
		const text = this.metadataCache.fileToLinktext(file, sourcePath);
		return `[[${text}${subpath}${alias ? `|${alias}` : ""}]]`;
	}

	getNewFileParent(sourcePath: string, _newFilePath?: string): TFolder {
		const file = this.vault.getAbstractFileByPath(normalizePath(sourcePath));
		return (file?.parent as TFolder | null) ?? this.vault.getRoot();
	}
}
