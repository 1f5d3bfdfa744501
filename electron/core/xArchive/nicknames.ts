/**
 * Common English given-name nicknames, each mapped to one canonical form, so "Bob Smith"
 * and "Robert Smith" share a key. Small on purpose: a wrong pairing costs a bad suggestion.
 */
const GROUPS: string[][] = [
  ['robert', 'bob', 'rob', 'bobby', 'robbie', 'bert'],
  ['william', 'bill', 'will', 'billy', 'willy', 'liam'],
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
  ['alexander', 'alex', 'sasha', 'xander', 'sandy'],
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

const CANONICAL = new Map<string, string>();
for (const group of GROUPS) for (const name of group) if (!CANONICAL.has(name)) CANONICAL.set(name, group[0]!);

/** The canonical given name for a (folded) first name: "bob" → "robert"; unknown names are their own. */
export function canonicalFirstName(first: string): string {
  return CANONICAL.get(first) ?? first;
}
