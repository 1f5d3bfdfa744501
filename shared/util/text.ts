// Letters that Unicode does not decompose into a base letter plus a mark, so NFKD alone
// would leave "Ørsted" unmatched by "orsted".
const LETTERS: Record<string, string> = {
  ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', ħ: 'h', Ħ: 'h', ı: 'i',
  ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th',
};
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Lower-case, accent-free form used for sorting and matching ("José" → "jose", "Ørsted" → "orsted"). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(SPECIAL, (c) => LETTERS[c] ?? c)
    .toLowerCase()
    .trim();
}

/** A sort key for names: folded, inner whitespace collapsed, so "  Émile  Zola" sorts as "emile zola". */
export function sortKeyForName(name: string): string {
  return foldText(name).replace(/\s+/g, ' ');
}
