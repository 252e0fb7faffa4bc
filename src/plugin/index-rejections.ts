/**
 * The index's side of the rejection log (data.json `rejectionSeen`): a note
 * that says `outcome: rejected` without `outcome_date` is dated from when the
 * index first saw it so, and forgotten once it has a date or is no interview.
 */
import { needsFirstSeen } from "../core/rules";
import type { Interview } from "../core/interview";
import type { RejectionLog } from "./plugin-data";

export class RejectionBookkeeping {
	/** Notes seen during `batch`, recorded when it ends. */
	private held: Set<string> | null = null;

	constructor(
		private readonly log: RejectionLog | undefined,
		private readonly now: () => Date,
	) {}

	firstSeen(path: string): Date | undefined {
		return this.log?.firstSeen(path);
	}

	/** Runs `read` calls with the rejections they see recorded together, at the end (one save of data.json, not one per note). */
	batch(reads: () => void): void {
		const outer = this.held === null;
		if (outer) this.held = new Set();
		try {
			reads();
		} finally {
			if (outer) {
				const held = this.held ?? new Set<string>();
				this.held = null;
				if (held.size > 0) this.log?.seeAll(held, this.now());
			}
		}
	}

	/** A note was read: `interview` is null when it is not an interview note. */
	read(path: string, interview: Interview | null): void {
		if (!this.log) return;
		if (interview && needsFirstSeen(interview)) {
			if (this.held) this.held.add(path);
			else this.log.see(path, this.now());
		} else {
			this.held?.delete(path);
			this.log.forget(path);
		}
	}

	removed(path: string): void {
		this.log?.forget(path);
	}

	moved(from: string, to: string): void {
		this.log?.move(from, to);
	}
}
