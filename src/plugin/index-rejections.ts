/**
 * The index's side of the rejection log (data.json `rejectionSeen`): a note
 * that says `outcome: rejected` without `outcome_date` is dated from when the
 * index first saw it so, and forgotten once it has a date or is no interview.
 */
import { needsFirstSeen } from "../core/rules";
import type { Interview } from "../core/interview";
import type { RejectionLog } from "./plugin-data";

export class RejectionBookkeeping {
	constructor(
		private readonly log: RejectionLog | undefined,
		private readonly now: () => Date,
	) {}

	firstSeen(path: string): Date | undefined {
		return this.log?.firstSeen(path);
	}

	/** A note was read: `interview` is null when it is not an interview note. */
	read(path: string, interview: Interview | null): void {
		if (!this.log) return;
		if (interview && needsFirstSeen(interview)) this.log.see(path, this.now());
		else this.log.forget(path);
	}

	removed(path: string): void {
		this.log?.forget(path);
	}

	moved(from: string, to: string): void {
		this.log?.move(from, to);
	}
}
