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
	 * obsidian.d.ts: "Atomically read, modify, and save the frontmatter of a
	 * note" — parses the block, lets `fn` change the object, then serialises the
	 * whole object again; every byte after the block stays. Adds a block when
	 * there is none. Re-serialising is lossy even when `fn` changes nothing,
	 * as users see in Obsidian (forum thread "API: processFrontMatter removes
	 * string quotes, comments, types, formatting", with the Obsidian team's
	 * answer, linked from github.com/alangrainger/obsidian-frontmatter-modified-date/issues/24;
	 * github.com/beaussan/update-time-on-edit-obsidian/issues/49 for null):
	 * comments are dropped, quotes are rewritten ('a' → a, links get "…"),
	 * flow lists `[a, b]` become block lists, and a key with no value is
	 * written `key: null`. So a caller must not call it for a no-op.
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
