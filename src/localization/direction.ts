/**
 * Writing direction of a language tag, for `dir` on content in another language than the
 * page and on the element itself when the page is right to left without saying so.
 */

/** Languages written right to left in their usual script. */
const RTL_LANGS = new Set([
  'ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'khw', 'ks', 'mzn', 'nqo', 'pnb', 'ps',
  'sd', 'syr', 'ug', 'ur', 'yi',
]);
/** Right-to-left scripts (ISO 15924), for tags that name theirs: `az-Arab`, `pa-Arab`. */
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'mand', 'nkoo', 'rohg', 'samr', 'syrc', 'thaa', 'yezi']);

const cache = new Map<string, boolean>();

/**
 * Whether a BCP 47 tag is written right to left: its script subtag when it has one
 * (`ku-Arab` yes, `ku-Latn` no), else its language (`ar`, `he`, `fa`, `ur`, `ckb`…).
 */
export function isRtlLang(tag: string | null | undefined): boolean {
  const lower = (tag ?? '').trim().toLowerCase();
  if (!lower) return false;
  let rtl = cache.get(lower);
  if (rtl === undefined) {
    const [language, ...subtags] = lower.split(/[-_]/);
    const script = subtags.find((s) => /^[a-z]{4}$/.test(s));
    rtl = script ? RTL_SCRIPTS.has(script) : RTL_LANGS.has(language);
    cache.set(lower, rtl);
  }
  return rtl;
}
