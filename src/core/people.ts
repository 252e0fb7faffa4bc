/** How a person is named in labels and letters. */
import type { Interviewer } from "./interview";

/** "Ms. Whitfield", or the full name when there is no honorific; never a bare first name. */
export function formalName(person: Interviewer): string {
	const honorific = person.honorific?.trim();
	if (!honorific) return person.name;
	const surname = person.name.trim().split(/\s+/).pop() ?? person.name;
	return `${honorific} ${surname}`;
}
