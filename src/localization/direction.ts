/**
 * Writing direction of a language tag, for `dir` on content in another language than the
 * page and on the element itself when the page is right to left without saying so.
 */

/**
 * Whether a BCP 47 tag's language is written right to left (`ar`, `he`, `fa`, `ur`, `ckb`…).
 * The language decides, not a script subtag: `ku-Arab` or `pa-Arab` read as their language's
 * usual script (README, Decisions), and the browser still orders the letters themselves.
 */
export function isRtlLang(tag: string | null | undefined): boolean {
  return /^(ar|arc|ckb|dv|fa|he|iw|ji|khw|ks|mzn|nqo|pnb|ps|sd|syr|ug|ur|yi)([-_]|$)/i.test((tag ?? '').trim());
}
