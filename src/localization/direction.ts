/**
 * Writing direction of a language tag, for `dir` on content in another language than the
 * page and on the element itself when the page is right to left without saying so.
 */

/**
 * Whether a BCP 47 tag is written right to left: its script subtag when it has one
 * (`ku-Arab` yes, `ku-Latn` no), else its language (`ar`, `he`, `fa`, `ur`, `ckb`…).
 */
export function isRtlLang(tag: string | null | undefined): boolean {
  const lower = (tag ?? '').trim().toLowerCase();
  const script = /^[a-z]{2,3}(?:[-_][a-z]{3})*[-_]([a-z]{4})(?![a-z0-9])/.exec(lower);
  return script
    ? /^(adlm|arab|hebr|mand|nkoo|rohg|samr|syrc|thaa|yezi)$/.test(script[1])
    : /^(ar|arc|ckb|dv|fa|he|iw|ji|khw|ks|mzn|nqo|pnb|ps|sd|syr|ug|ur|yi)([-_]|$)/.test(lower);
}
