/**
 * One bad note never stops a command (DESIGN §7): work on a note runs inside
 * `perNote`, and whatever it throws — a parser error, a stack overflow on a
 * line of 60,000 `>` — becomes that note's problem entry while the command
 * goes on with the others.
 */

export interface NoteProblem {
	note: string;
	message: string;
}

/** A plain sentence for what went wrong while reading a note. */
export function noteFailureMessage(err: unknown): string {
	const text = err instanceof Error ? err.message : String(err);
	if (err instanceof RangeError && /call stack/i.test(text)) {
		return "This note could not be read: its Markdown nests too deeply (for example a line of thousands of '>' or list markers). The other notes were read.";
	}
	return `This note could not be read (${text.split("\n")[0] ?? text}). The other notes were read.`;
}

/** `work()`, or undefined after adding the note's problem to `problems` when it throws. */
export function perNote<T>(note: string, problems: NoteProblem[], work: () => T): T | undefined {
	try {
		return work();
	} catch (err) {
		problems.push({ note, message: noteFailureMessage(err) });
		return undefined;
	}
}
