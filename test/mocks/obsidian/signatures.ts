/**
 * How the stand-in is held to Obsidian's API: a class `implements
 * Signatures<Real.X, "a" | "b">` must have those members, and each method must
 * accept the real method's arguments. Return types and object-typed fields are
 * loosened, because they name the real classes (which the stand-in models only in part).
 */
export type Signatures<R, K extends keyof R> = {
	[P in K]: R[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : R[P] extends object ? unknown : R[P];
};
