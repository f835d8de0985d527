/**
 * Text normalisation and phrase matching, shared by section headings (outline) and criteria
 * (entries), so "One-on-Ones", "one on ones" and "1. One-on-ones" all read the same.
 */

/** Lower case, accents and apostrophes dropped, '&' read as 'and', everything else a word break. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function words(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** A word matches a phrase word as written or with a plural ending ('retro' matches 'retros'). */
function sameWord(word: string, phraseWord: string): boolean {
  return (
    word === phraseWord ||
    word === phraseWord + 's' ||
    word === phraseWord + 'es'
  );
}

/** Where `phrase` occurs as consecutive words of `text`, or -1. */
export function findPhrase(
  text: readonly string[],
  phrase: readonly string[],
): number {
  if (phrase.length === 0) return -1;
  for (let start = 0; start + phrase.length <= text.length; start += 1) {
    let offset = 0;
    while (
      offset < phrase.length &&
      sameWord(text[start + offset], phrase[offset])
    )
      offset += 1;
    if (offset === phrase.length) return start;
  }
  return -1;
}

/** True when the text is one or more letters or digits (what counts as writing). */
export function hasLettersOrDigits(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** '1 entry', '3 entries'. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short digest of a text, linear in its length. */
export function digestOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
