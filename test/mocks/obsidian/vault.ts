/** An in-memory vault with Obsidian's file API, errors and events. */
import type * as Real from "obsidian";
import type { Signatures } from "./signatures";
import { Events } from "./events";
import { normalizePath, setPath, TAbstractFile, TFile, TFolder } from "./files";

type Modeled =
	| "configDir" | "getName" | "getFileByPath" | "getFolderByPath" | "getAbstractFileByPath" | "getRoot"
	| "create" | "createFolder" | "read" | "cachedRead" | "delete" | "trash" | "rename" | "modify" | "append"
	| "process" | "copy" | "getAllLoadedFiles" | "getAllFolders" | "getMarkdownFiles" | "getFiles" | "on";

export class Vault extends Events implements Signatures<Real.Vault, Modeled> {
	configDir = ".obsidian";
	private readonly name: string;
	private readonly items = new Map<string, TAbstractFile>();
	private readonly contents = new Map<string, string>();
	private readonly root: TFolder;

	constructor(name = "Vault") {
		super();
		this.name = name;
		this.root = new TFolder(this.asReal(), "/");
		this.items.set("/", this.root);
	}

	private asReal(): Real.Vault {
		return this as unknown as Real.Vault;
	}

	getName(): string {
		return this.name;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.items.get(normalizePath(path)) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFile ? f : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFolder ? f : null;
	}

	getRoot(): TFolder {
		return this.root;
	}

	/** Adds a file without events, creating its folders: for seeding a vault before the app starts. */
	seed(path: string, data: string): TFile {
		const p = insidePath(path);
		const dir = parentPath(p);
		if (dir !== "/" && !this.items.has(dir)) this.mkdirs(dir, false);
		return this.addFile(p, data);
	}

	async create(path: string, data: string, options?: Real.DataWriteOptions): Promise<TFile> {
		const p = insidePath(path);
		if (this.items.has(p) || this.hasCaseVariant(p)) throw new Error("File already exists.");
		const dir = parentPath(p);
		if (!(this.items.get(dir) instanceof TFolder)) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
		const file = this.addFile(p, data, options);
		this.trigger("create", file);
		return file;
	}

	async createFolder(path: string): Promise<TFolder> {
		const p = insidePath(path);
		if (this.items.has(p)) throw new Error("Folder already exists.");
		return this.mkdirs(p, true);
	}

	async read(file: TFile): Promise<string> {
		return this.contentOf(file);
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.contentOf(file);
	}

	async modify(file: TFile, data: string, options?: Real.DataWriteOptions): Promise<void> {
		this.write(file, data, options);
	}

	async append(file: TFile, data: string, options?: Real.DataWriteOptions): Promise<void> {
		this.write(file, this.contentOf(file) + data, options);
	}

	/** Atomic read-modify-write, as in Obsidian. Returns the text written. */
	async process(file: TFile, fn: (data: string) => string, options?: Real.DataWriteOptions): Promise<string> {
		const before = this.contentOf(file);
		const after = fn(before);
		if (after !== before) this.write(file, after, options);
		return after;
	}

	async copy<T extends Real.TAbstractFile>(file: T, newPath: string): Promise<T> {
		if (!(file instanceof TFile)) throw new Error("Copying folders is not modeled by the stand-in.");
		return (await this.create(newPath, this.contentOf(file))) as unknown as T;
	}

	async rename(file: Real.TAbstractFile, newPath: string): Promise<void> {
		const item = this.known(file);
		const p = insidePath(newPath);
		if (p === item.path) return;
		if (this.items.has(p) && p.toLowerCase() !== item.path.toLowerCase()) throw new Error("Destination file already exists!");
		const dir = parentPath(p);
		const newParent = this.items.get(dir);
		if (!(newParent instanceof TFolder)) throw new Error(`ENOENT: no such file or directory, rename '${item.path}' -> '${p}'`);
		const moved: [TAbstractFile, string][] = [];
		const move = (f: TAbstractFile, to: string): void => {
			const old = f.path;
			this.items.delete(old);
			const text = this.contents.get(old);
			this.contents.delete(old);
			setPath(f, to);
			this.items.set(to, f);
			if (text !== undefined) this.contents.set(to, text);
			moved.push([f, old]);
			if (f instanceof TFolder) for (const c of f.children) move(c, `${to}/${c.name}`);
		};
		this.detach(item);
		move(item, p);
		item.parent = newParent;
		newParent.children.push(item);
		for (const [f, old] of moved) this.trigger("rename", f, old);
	}

	async delete(file: Real.TAbstractFile, _force?: boolean): Promise<void> {
		this.remove(file);
	}

	/** Trash and delete look the same here: the file and its children are gone, with a 'delete' event each. */
	async trash(file: Real.TAbstractFile, _system: boolean): Promise<void> {
		this.remove(file);
	}

	remove(file: Real.TAbstractFile): void {
		const item = this.known(file);
		if (item === this.root) throw new Error("Cannot delete the vault root.");
		const gone: TAbstractFile[] = [];
		const drop = (f: TAbstractFile): void => {
			if (f instanceof TFolder) for (const c of [...f.children]) drop(c);
			this.items.delete(f.path);
			this.contents.delete(f.path);
			gone.push(f);
		};
		this.detach(item);
		drop(item);
		for (const f of gone) this.trigger("delete", f);
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.items.values()];
	}

	getAllFolders(includeRoot = false): TFolder[] {
		return [...this.items.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot || f !== this.root));
	}

	getFiles(): TFile[] {
		return [...this.items.values()].filter((f): f is TFile => f instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	private contentOf(file: Real.TFile): string {
		const text = this.contents.get(file.path);
		if (text === undefined || this.items.get(file.path) !== file) throw new Error(`ENOENT: no such file or directory, open '${file.path}'`);
		return text;
	}

	private write(file: TFile, data: string, options?: Real.DataWriteOptions): void {
		this.contentOf(file);
		this.contents.set(file.path, data);
		file.stat = { ctime: file.stat.ctime, mtime: options?.mtime ?? Date.now(), size: byteLength(data) };
		this.trigger("modify", file);
	}

	private addFile(p: string, data: string, options?: Real.DataWriteOptions): TFile {
		const now = Date.now();
		const file = new TFile(this.asReal(), p, { ctime: options?.ctime ?? now, mtime: options?.mtime ?? now, size: byteLength(data) });
		const parent = this.items.get(parentPath(p));
		if (!(parent instanceof TFolder)) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
		file.parent = parent;
		parent.children.push(file);
		this.items.set(p, file);
		this.contents.set(p, data);
		return file;
	}

	private mkdirs(p: string, events: boolean): TFolder {
		let parent = this.root;
		let at = "";
		for (const part of p.split("/")) {
			at = at ? `${at}/${part}` : part;
			const existing = this.items.get(at);
			if (existing instanceof TFolder) {
				parent = existing;
				continue;
			}
			if (existing) throw new Error(`A file is in the way of folder '${at}'.`);
			const folder = new TFolder(this.asReal(), at);
			folder.parent = parent;
			parent.children.push(folder);
			this.items.set(at, folder);
			if (events) this.trigger("create", folder);
			parent = folder;
		}
		return parent;
	}

	private known(file: Real.TAbstractFile): TAbstractFile {
		const item = this.items.get(file.path);
		if (!item || item !== (file as unknown)) throw new Error(`ENOENT: no such file or directory '${file.path}'`);
		return item;
	}

	private detach(item: TAbstractFile): void {
		const parent = item.parent;
		if (parent) parent.children = parent.children.filter((c) => c !== (item as unknown));
	}

	// Obsidian refuses a new file whose path differs from an existing one only in case (macOS, Windows).
	private hasCaseVariant(p: string): boolean {
		const lower = p.toLowerCase();
		for (const k of this.items.keys()) if (k.toLowerCase() === lower) return true;
		return false;
	}
}

/**
 * A vault path, normalised; throws for one that would leave the vault folder
 * (a `..` part, a drive letter), as the desktop file system adapter does.
 */
function insidePath(path: string): string {
	const p = normalizePath(path);
	if (p.split("/").some((part) => part.trim() === "..") || /^[A-Za-z]:/.test(p)) {
		throw new Error(`EACCES: the path '${path}' is outside the vault.`);
	}
	return p;
}

function parentPath(p: string): string {
	const i = p.lastIndexOf("/");
	return i <= 0 ? "/" : p.slice(0, i);
}

function byteLength(s: string): number {
	return new TextEncoder().encode(s).length;
}
