import * as fs from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { StdioWriter } from "../../src/cli/stdio";

vi.mock("node:fs", async (importOriginal) => {
	const real = await importOriginal<typeof fs>();
	return { ...real, writeSync: vi.fn() };
});

/** A descriptor that takes `perCall` bytes a call, and would block (EAGAIN) once it holds `capacity`. */
function descriptor(perCall: number, capacity = Number.POSITIVE_INFINITY): { bytes: () => string } {
	const got: number[] = [];
	vi.mocked(fs.writeSync).mockImplementation(((_fd: number, buffer: Uint8Array, at?: number | null) => {
		const offset = at ?? 0;
		if (got.length >= capacity) throw Object.assign(new Error("EAGAIN: resource temporarily unavailable, write"), { code: "EAGAIN" });
		const n = Math.min(perCall, buffer.length - offset, capacity - got.length);
		got.push(...buffer.subarray(offset, offset + n));
		return n;
	}) as typeof fs.writeSync);
	return { bytes: () => Buffer.from(got).toString("utf8") };
}

/** A stand-in for process.stdout that records what it is given. */
function stream(): { text: () => string; opened: () => number; open: () => NodeJS.WriteStream } {
	let text = "";
	let opened = 0;
	const s = {
		write: (chunk: string | Uint8Array, done?: () => void) => {
			text += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
			done?.();
			return true;
		},
		on: () => s,
	};
	return { text: () => text, opened: () => opened, open: () => (opened++, s as unknown as NodeJS.WriteStream) };
}

afterEach(() => vi.mocked(fs.writeSync).mockReset());

describe("StdioWriter", () => {
	it("writes every byte to the descriptor, through short writes, and never opens the stream", () => {
		const fd = descriptor(3);
		const out = stream();
		const w = new StdioWriter(1, out.open);
		w.write("Overdue (2)\n");
		w.write("Søren Ø’Brien · 面接\n");
		const done = vi.fn();
		w.flushed(done);
		expect(fd.bytes()).toBe("Overdue (2)\nSøren Ø’Brien · 面接\n");
		expect(done).toHaveBeenCalledTimes(1);
		expect(out.opened()).toBe(0);
		expect(vi.mocked(fs.writeSync).mock.calls[0]?.[0]).toBe(1);
	});

	it("hands the rest to the stream, in order, once the descriptor would block", () => {
		const fd = descriptor(4, 6);
		const out = stream();
		const w = new StdioWriter(1, out.open);
		w.write("first line\n");
		w.write("second\n");
		const done = vi.fn();
		w.flushed(done);
		expect(fd.bytes()).toBe("first ");
		expect(out.text()).toBe("line\nsecond\n");
		expect(fd.bytes() + out.text()).toBe("first line\nsecond\n");
		expect(out.opened()).toBe(1);
		expect(done).toHaveBeenCalledTimes(1);
	});
});
