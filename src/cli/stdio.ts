/**
 * The bin's stdout and stderr: written to the file descriptor directly while
 * that works, so a short command never creates Node's stdio stream (which
 * loads the stream modules, a fifth of an empty `due` run: `npm run bench`).
 * A descriptor that would block (a full non-blocking pipe) gets the rest of
 * the output through the stream, in order.
 */
import { writeSync } from "node:fs";

/** A reader that stops early (`| head`) is not an error worth a message. */
function failed(fd: number, err: NodeJS.ErrnoException): void {
	if (err.code === "EPIPE" || fd !== 1) process.exit(fd === 1 ? 0 : 2);
	process.stderr.write(`interview-follow-up: cannot write the output: ${err.message}\n`);
	process.exit(2);
}

export class StdioWriter {
	private stream: NodeJS.WriteStream | null = null;

	constructor(
		private readonly fd: number,
		private readonly open: () => NodeJS.WriteStream,
	) {}

	write(text: string): void {
		if (this.stream) {
			this.stream.write(text);
			return;
		}
		const bytes = Buffer.from(text, "utf8");
		let at = 0;
		try {
			while (at < bytes.length) at += writeSync(this.fd, bytes, at);
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code !== "EAGAIN") return failed(this.fd, err as NodeJS.ErrnoException);
			this.stream = this.open();
			this.stream.on("error", (e: NodeJS.ErrnoException) => failed(this.fd, e));
			this.stream.write(bytes.subarray(at));
		}
	}

	/** Calls `done` once everything written has reached the descriptor. */
	flushed(done: () => void): void {
		if (this.stream) this.stream.write("", done);
		else done();
	}
}
