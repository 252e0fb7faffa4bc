/** Obsidian's Events: named handlers, references for unregistering. */
import type * as Real from "obsidian";

// `never[]` so that a handler for any event's arguments can be registered.
type Handler = (...data: never[]) => unknown;

export interface EventRef {
	events: Events;
	name: string;
	fn: Handler;
	ctx?: unknown;
}

export class Events implements Real.Events {
	private handlers = new Map<string, EventRef[]>();

	on(name: string, fn: Handler, ctx?: unknown): EventRef {
		const ref: EventRef = { events: this, name, fn, ctx };
		const list = this.handlers.get(name) ?? [];
		list.push(ref);
		this.handlers.set(name, list);
		return ref;
	}

	off(name: string, fn: Handler): void {
		const list = this.handlers.get(name);
		if (list) this.handlers.set(name, list.filter((r) => r.fn !== fn));
	}

	offref(ref: Real.EventRef): void {
		const r = ref as EventRef;
		const list = r.events?.handlers.get(r.name);
		if (list) r.events.handlers.set(r.name, list.filter((x) => x !== r));
	}

	trigger(name: string, ...data: unknown[]): void {
		// A copy: a handler may unregister itself while the event runs.
		for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: Real.EventRef, args: unknown[]): void {
		const r = evt as EventRef;
		try {
			(r.fn as (...a: unknown[]) => unknown).apply(r.ctx, args);
		} catch (e) {
			// Obsidian logs a throwing handler and carries on with the others.
			console.error(e);
		}
	}
}
