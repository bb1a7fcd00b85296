/**
 * Folding text for comparison and for identifiers: case- and accent-insensitive words, the
 * way a visitor without the right keyboard types them. Search and the ideas' facets compare
 * folded words; file names and calendar UIDs are folded slugs.
 */

// Letters that Unicode decomposition leaves whole, written the way a visitor without the
// key types them: "Łódź" → "lodz", "Straße" → "strasse", "Æbeltoft" → "aebeltoft". (ſ and
// ŀ need no entry: NFKD makes them "s" and "l·".)
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ĸ: 'k',
  ς: 'σ',
};
const LETTER = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

const NON_ASCII = /[^\0-\x7f]/;

/**
 * The words of a text, case- and accent-insensitive, separated by single spaces:
 * compatibility decomposition (NFKD: "é" → "e" + accent, "ﬁ" → "fi", "𝐀" → "A") without the
 * marks, lower case, and the letters above. Text that is ASCII (most of it, at least once
 * folded) skips the Unicode work, which is several times slower.
 */
export function fold(s: string): string {
  s = NON_ASCII.test(s)
    ? s
        .normalize('NFKD')
        .toLowerCase()
        .replace(/\p{M}/gu, '')
        .replace(LETTER, (c) => LETTERS[c])
    : s.toLowerCase();
  return s.replace(NON_ASCII.test(s) ? /[^\p{L}\p{N}]+/gu : /[^a-z0-9]+/g, ' ').trim();
}

/**
 * An ASCII slug of a text, for file names and calendar UIDs: "Planning for Urban
 * Resilience" → `planning-for-urban-resilience`; `fallback` when nothing is left (a title
 * in Arabic script).
 */
export const slug = (text: string, fallback: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-|-$/g, '') || fallback;
