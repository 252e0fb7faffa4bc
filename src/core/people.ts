/**
 * People in the notes (DESIGN §1.1): how they are written and read
 * (people/person.ts), resolved from person notes (people/resolve.ts,
 * people/interview-people.ts), named in letters and labels
 * (people/address.ts, people/name-parts.ts) and found from a typed name
 * (people/match.ts).
 */
export { addressOf, formalName, fullFormalName, surnameWarning, type Address } from "./people/address";
export { linksToPeople, personNotePaths, withPersonNotes, type InterviewPeople } from "./people/interview-people";
export { candidateList, matchPerson, type PersonMatch } from "./people/match";
export { nameParts, type NameParts, type SurnameGuess } from "./people/name-parts";
export { PREFERS_VALUES, readPeople, readPerson, type Person, type PersonLink, type Prefers } from "./people/person";
export { PersonResolver, type PersonLookup, type PersonNote } from "./people/resolve";
export { readReferences, REFERENCE_KEYS, referenceToSave, withReferenceNotes, type Reference } from "./people/references";
