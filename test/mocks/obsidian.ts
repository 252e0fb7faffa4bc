/**
 * The one stand-in for the `obsidian` module in unit tests (aliased in
 * vitest.config.ts). It models only what the plugin uses; the plugin issue
 * grows it. Test code only.
 */
export class Component {
	private children: Component[] = [];
	private cleanups: (() => void)[] = [];
	loaded = false;
	load(): void {
		this.loaded = true;
		this.onload();
		for (const c of this.children) c.load();
	}
	onload(): void {}
	unload(): void {
		for (const c of this.children) c.unload();
		this.children = [];
		for (const f of this.cleanups.splice(0)) f();
		this.onunload();
		this.loaded = false;
	}
	onunload(): void {}
	addChild<T extends Component>(c: T): T {
		this.children.push(c);
		if (this.loaded) c.load();
		return c;
	}
	register(cb: () => void): void {
		this.cleanups.push(cb);
	}
}
