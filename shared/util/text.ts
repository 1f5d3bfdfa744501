/** Lower-case, accent-free form used for sorting and matching ("José" → "jose"). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim();
}

/** A sort key for names: folded, inner whitespace collapsed, so "  Émile  Zola" sorts as "emile zola". */
export function sortKeyForName(name: string): string {
  return foldText(name).replace(/\s+/g, ' ');
}
