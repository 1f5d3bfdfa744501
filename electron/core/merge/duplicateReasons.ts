import { foldText } from '../../../shared/util/text';
import type { PersonNames } from '../../db/repositories/duplicatesRepository';
import { nameWords } from '../xArchive/matcher';
import type { FoundPair } from './duplicateFinder';
import type { NameReason } from './duplicateNames';

/**
 * A folded name word as one of the two people writes it ("jose" → "José"), else capitalised.
 * Run only for the pairs shown, so folding their words again costs nothing worth saving.
 */
function shown(word: string, people: PersonNames[]): string {
  for (const p of people) {
    for (const text of [p.name, p.givenName, p.familyName, p.nickname]) {
      for (const token of text?.split(/\s+/) ?? []) {
        const clean = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (clean && foldText(clean) === word) return clean;
      }
    }
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function nameText(reason: NameReason, pair: FoundPair, a: PersonNames, b: PersonNames): string {
  const people = [a, b];
  const show = (word: string) => shown(word, people);
  switch (reason.code) {
    case 'same':
      return 'Same name';
    case 'first_last':
      return 'Same first and last name';
    case 'swapped':
      return 'First and last names swapped';
    case 'nickname':
      if (reason.a === reason.root) return `${show(reason.b)} is short for ${show(reason.a)}`;
      if (reason.b === reason.root) return `${show(reason.a)} is short for ${show(reason.b)}`;
      return `${show(reason.a)} and ${show(reason.b)} are both short for ${show(reason.root)}`;
    case 'goes_by':
      return `${show(reason.name)} goes by ${show(reason.nick)}`;
    case 'initial':
      return `${show(reason.initial).toUpperCase()}. could be ${show(reason.name)}`;
    case 'typo':
      return `${show(reason.a)} and ${show(reason.b)} differ by one letter`;
    case 'first_only': {
      const [single, full] = nameWords(pair.a.sortName).length === 1 ? [a, b] : [b, a];
      return `${single.name} could be ${full.name}`;
    }
  }
}

/** The reasons shown for a pair (`a` and `b` are how pair.a and pair.b write their names): the name first, then what they share. */
export function reasonTexts(pair: FoundPair, a: PersonNames, b: PersonNames): string[] {
  const reasons = [nameText(pair.name.reason, pair, a, b)];
  for (const link of pair.shared.flat()) {
    if (link.kind === 'organisation') reasons.push(`Both at ${link.label}`);
    else if (link.kind === 'event') reasons.push(link.met ? `Both met at ${link.label}` : `Both at ${link.label}`);
    else reasons.push(`Same email domain ${link.label}`);
  }
  return reasons;
}
