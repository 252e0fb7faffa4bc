/**
 * Ordinary English words, lower-case. A capitalised ordinary word ("Data" at
 * the start of a sentence) is never reported as a misspelt name, and these
 * words say nothing specific about an interview.
 */
const WORDS = `
a about above across after again against ago ahead all almost along already also although always am among an and another any anyone
anything are around as ask asked asking at away back be because become been before being below best better between both bring
brought but by call called came can cannot care case certain chance change clear close come coming could course current day days
dear did different do does doing done down during each early either else end enough especially even ever every everyone everything
example far feel felt few find first follow following for found from full further gave get getting give given glad go going good
got great had happy has have having he hear heard help her here hers him his hold hope hoped hoping how however i if important in
indeed into is it its itself just keep kind knew know known last late later least less let like likely little long look looking
lot made make making many may maybe me mean meet meeting met might mine more most much must my myself near need never new next
no none nor not note nothing now of off often on once one only open or other others our ours out over own part past per perhaps
place please pleased point possible put quite rather re read ready really reason recent recently regards remain right said same
saw say see seem seen send sent set several shall she short should show since sincerely so some something soon still such sure
take taken talk talked tell than thank thanks that the their theirs them then there these they thing things think this those
though thought through time times to today together told too took toward towards truly under until up upon us use used very want
wanted was way we week weeks well went were what whatever when where whether which while who whole whom whose why will wish with
within without word words work worked working would write writing yes yet you your yours yourself
able account add added also answer answers appreciate appreciated appreciation area areas background being believe bit build
business candidate career clearly company confident contact contribute contribution conversation data decision department detail
details discuss discussed discussion eager email enjoyed enthusiasm excited experience experiences expect fit forward group hire
hiring information inform interest interested interesting interview interviewed interviews job learn learned learning letter lead
manager matter mention mentioned message moment month months name office offer opportunity organisation organization paper people
person plan plans position process project projects question questions reach received reference references role schedule skills
speak spoke staff status step steps support team teams thought timeline title update view warm warmly welcome year years
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november
december mr mrs ms miss mx dr prof professor sir madam hi hello hey dear best kind warmest sincerely regards cheers subject
inc ltd llc plc co corp corporation company group holdings partners services solutions systems technologies trading traders bank
international global university college school hospital institute foundation agency associates
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w !== ""));
