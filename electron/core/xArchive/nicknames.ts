/**
 * Common English given-name nicknames and their full forms, so "Bob Smith" and "Robert
 * Smith" share a key. A nickname may stand for several names (Alex: Alexander, Alexandra).
 * Small on purpose, and without pairs people rarely mean (Liam, Bert): a wrong pairing
 * costs a bad suggestion.
 */
const GROUPS: string[][] = [
  ['robert', 'bob', 'rob', 'bobby', 'robbie'],
  ['william', 'bill', 'will', 'billy', 'willy'],
  ['richard', 'rick', 'dick', 'rich', 'ricky', 'richie'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny', 'jon'],
  ['jonathan', 'jon', 'jonny'],
  ['michael', 'mike', 'mick', 'mikey'],
  ['thomas', 'tom', 'tommy'],
  ['christopher', 'chris', 'kit'],
  ['christine', 'chris', 'chrissy', 'tina'],
  ['elizabeth', 'liz', 'beth', 'lizzie', 'eliza', 'betty', 'libby'],
  ['katherine', 'kate', 'kathy', 'katie', 'kat', 'catherine', 'cathy'],
  ['margaret', 'maggie', 'meg', 'peggy', 'marge'],
  ['alexander', 'alex', 'sasha', 'xander'],
  ['alexandra', 'alex', 'alexa', 'sasha', 'lexi'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davey'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['nicholas', 'nick', 'nicky'],
  ['anthony', 'tony'],
  ['joseph', 'joe', 'joey'],
  ['joshua', 'josh'],
  ['matthew', 'matt'],
  ['benjamin', 'ben', 'benny'],
  ['samuel', 'sam', 'sammy'],
  ['samantha', 'sam', 'sammy'],
  ['andrew', 'andy', 'drew'],
  ['steven', 'steve', 'stephen'],
  ['patrick', 'pat', 'paddy'],
  ['patricia', 'pat', 'patty', 'trish'],
  ['jennifer', 'jen', 'jenny'],
  ['jessica', 'jess', 'jessie'],
  ['rebecca', 'becky', 'becca'],
  ['victoria', 'vicky', 'tori'],
  ['susan', 'sue', 'susie'],
  ['deborah', 'deb', 'debbie'],
  ['gregory', 'greg'],
  ['timothy', 'tim', 'timmy'],
  ['kenneth', 'ken', 'kenny'],
  ['charles', 'charlie', 'chuck'],
  ['frederick', 'fred', 'freddie'],
  ['henry', 'harry', 'hank'],
  ['lawrence', 'larry'],
  ['leonard', 'leo', 'len'],
  ['peter', 'pete'],
  ['philip', 'phil'],
  ['raymond', 'ray'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donny'],
  ['zachary', 'zach', 'zack'],
  ['abigail', 'abby'],
  ['natalie', 'nat'],
  ['nathaniel', 'nate', 'nat'],
  ['nathan', 'nate'],
];

const CANONICAL = new Map<string, string[]>();
for (const group of GROUPS) {
  for (const name of group) {
    const list = CANONICAL.get(name) ?? [];
    if (!list.includes(group[0]!)) list.push(group[0]!);
    CANONICAL.set(name, list);
  }
}

/** The canonical given names for a (folded) first name: "bob" → ["robert"], "alex" → ["alexander", "alexandra"]; unknown names are their own. */
export function canonicalFirstNames(first: string): string[] {
  return CANONICAL.get(first) ?? [first];
}
