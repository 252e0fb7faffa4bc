/**
 * Which earlier groups a question could be a near-duplicate of, without
 * comparing it with every one (thousands of similar questions made that
 * quadratic). Two questions can only merge when every meaning word of one has
 * a close word (same word, spelling variant, inflection) in the other, so each
 * group is indexed by its words, and a question's candidates are the groups
 * that hold a close word for each of its words: an AND of bit sets.
 */

/** Strings reached from `word` by deleting at most two characters (symmetric-delete index). */
function deletions(word: string): Set<string> {
	const out = new Set([word]);
	for (let i = 0; i < word.length; i++) {
		const once = word.slice(0, i) + word.slice(i + 1);
		out.add(once);
		for (let j = i; j < once.length; j++) out.add(once.slice(0, j) + once.slice(j + 1));
	}
	return out;
}

/** Every distinct word seen, each with the words close to it. Two words within edit distance 2 share a deletion. */
export class CloseWords {
	private readonly byDeletion = new Map<string, string[]>();
	private readonly close = new Map<string, string[]>();

	constructor(private readonly isClose: (a: string, b: string) => boolean) {}

	/** The words seen so far that are close to `word` (itself included), adding it. */
	of(word: string): string[] {
		const known = this.close.get(word);
		if (known) return known;
		const mine = [word];
		this.close.set(word, mine);
		// A word with a digit is close only to itself (as closeWords says): no neighbours to look up.
		if (/\d/.test(word)) return mine;
		const found = new Set<string>();
		for (const d of deletions(word)) {
			const list = this.byDeletion.get(d);
			if (list) {
				for (const other of list) found.add(other);
				list.push(word);
			} else this.byDeletion.set(d, [word]);
		}
		for (const other of found) {
			if (!this.isClose(word, other)) continue;
			mine.push(other);
			this.close.get(other)?.push(word);
		}
		return mine;
	}
}

/** The groups of one bucket, numbered in creation order, with a bit set of groups per word. */
export class GroupBits {
	private count = 0;
	private readonly byWord = new Map<string, number[]>();

	/** Registers group number `this.count` holding `words`; returns its number. */
	add(words: Iterable<string>): number {
		const id = this.count++;
		for (const w of new Set(words)) {
			const bits = this.byWord.get(w) ?? [];
			while (bits.length <= id >>> 5) bits.push(0);
			bits[id >>> 5] = (bits[id >>> 5] ?? 0) | (1 << (id & 31));
			this.byWord.set(w, bits);
		}
		return id;
	}

	/**
	 * Numbers of the groups, ascending, that hold a close word for every entry
	 * of `closeSets` (each the close words of one meaning word). No words: every group.
	 */
	candidates(closeSets: string[][]): number[] {
		const size = (this.count + 31) >>> 5;
		let acc: number[] | null = null;
		for (const close of closeSets) {
			const any = new Array<number>(size).fill(0);
			for (const w of close) {
				const bits = this.byWord.get(w);
				if (bits) for (let i = 0; i < bits.length; i++) any[i] = (any[i] ?? 0) | (bits[i] ?? 0);
			}
			if (acc) for (let i = 0; i < size; i++) acc[i] = (acc[i] ?? 0) & (any[i] ?? 0);
			else acc = any;
		}
		if (acc === null) return Array.from({ length: this.count }, (_, id) => id);
		const ids: number[] = [];
		for (let i = 0; i < size; i++) {
			const chunk = acc[i] ?? 0;
			if (chunk === 0) continue;
			for (let b = 0; b < 32; b++) if ((chunk & (1 << b)) !== 0) ids.push(i * 32 + b);
		}
		return ids;
	}
}
