/**
 * Insert into and remove from arrays kept sorted by a comparator, in
 * O(log n) comparisons plus one native splice: how the index updates its
 * merged item list and the view's groups when one note changes.
 */

/** First position whose element is not before `x`. */
function lowerBound<T>(list: T[], x: T, compare: (a: T, b: T) => number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (compare(list[mid] as T, x) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Inserts `x` after every element that is not after it. */
export function insertSorted<T>(list: T[], x: T, compare: (a: T, b: T) => number): void {
	let i = lowerBound(list, x, compare);
	while (i < list.length && compare(list[i] as T, x) === 0) i++;
	list.splice(i, 0, x);
}

/** Removes the element `x` itself (by identity); false when it is not there. */
export function removeSorted<T>(list: T[], x: T, compare: (a: T, b: T) => number): boolean {
	for (let i = lowerBound(list, x, compare); i < list.length && compare(list[i] as T, x) === 0; i++) {
		if (list[i] === x) {
			list.splice(i, 1);
			return true;
		}
	}
	const at = list.indexOf(x);
	if (at === -1) return false;
	list.splice(at, 1);
	return true;
}
