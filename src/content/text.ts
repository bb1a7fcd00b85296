/**
 * Text handling without the DOM. CMS excerpts carry markup and entities; we reduce them to
 * plain text with string operations only, because `innerHTML` and `DOMParser` are Trusted
 * Types sinks and would also run the very markup we refuse to trust.
 */
import type {LocalizedText} from './types.js';

// Entity names for U+00A0…U+00FF, in code point order (HTML 4's Latin-1 set).
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const ENTITIES: Record<string, number> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39,
  OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376,
  ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207,
  ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220,
  rdquo: 8221, bdquo: 8222, bull: 8226, hellip: 8230, prime: 8242, lsaquo: 8249,
  rsaquo: 8250, euro: 8364, trade: 8482, larr: 8592, rarr: 8594,
};
LATIN1.split(' ').forEach((name, i) => (ENTITIES[name] = 160 + i));

// Elements whose content is never text a reader should see.
const HIDDEN_CONTENT = /<(script|style|template|noscript|iframe|object|svg|math)\b[\s\S]*?<\/\1\s*>/gi;
// Tags that separate words when rendered: replaced by a space so "a</p><p>b" stays two words.
const BLOCK_TAG = /<\/?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|tr|td|th|section|article|header|footer|figure|figcaption|hr|dd|dt)\b[^>]*>/gi;
// Any other tag, comment, doctype or processing instruction. A "<" not followed by a
// letter, "/", "!" or "?" is ordinary text ("a < b") and stays.
const TAG = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?|<\/?[a-z][^>]*>?/gi;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,31}));/gi;

function codePoint(n: number): string {
  // Null, surrogates and out-of-range values become U+FFFD, as the HTML parser does.
  return n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)
    ? '\uFFFD'
    : String.fromCodePoint(n);
}

/**
 * Reduces a string that may hold markup to plain text: hidden elements dropped with their
 * content, tags dropped, entities decoded, whitespace collapsed. The result is only ever
 * rendered as a text node.
 */
export function plainText(value: string): string {
  let s = value;
  if (s.includes('<')) {
    s = s.replace(HIDDEN_CONTENT, ' ').replace(BLOCK_TAG, ' ').replace(TAG, '');
  }
  if (s.includes('&')) {
    s = s.replace(ENTITY, (match, dec?: string, hex?: string, name?: string) => {
      if (dec) return codePoint(parseInt(dec, 10));
      if (hex) return codePoint(parseInt(hex, 16));
      const n = ENTITIES[name!];
      return n === undefined ? match : String.fromCharCode(n);
    });
  }
  return s.replace(/\s+/g, ' ').trim();
}

/** A BCP 47-looking tag: enough to reject keys such as `"__proto__"` or `"title"`. */
export const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** Lower-case base language of a tag: `fr-CA` → `fr`. */
export const baseLang = (tag: string) => tag.toLowerCase().split('-')[0];

/** A resolved text and the language it is in (when known). */
export interface ResolvedText {
  text: string;
  lang?: string;
}

/**
 * Picks the best text for `pageLang`: the exact tag, then its base language, then `en`,
 * then the first value (DESIGN.md's fallback chain). Matching ignores case.
 */
export function resolveText(
  value: LocalizedText | undefined,
  pageLang: string,
  fallbackLang?: string
): ResolvedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value ? {text: value, lang: fallbackLang} : undefined;
  const keys = Object.keys(value);
  if (keys.length === 0) return undefined;
  const lower = keys.map((k) => k.toLowerCase());
  const wanted = pageLang.toLowerCase();
  let i = lower.indexOf(wanted);
  if (i < 0) i = lower.indexOf(baseLang(wanted));
  if (i < 0) i = lower.findIndex((k) => baseLang(k) === baseLang(wanted));
  if (i < 0) i = lower.indexOf('en');
  if (i < 0) i = 0;
  return {text: value[keys[i]], lang: keys[i]};
}

/**
 * The `lang` attribute a piece of text needs inside a page in `pageLang`: its own language
 * when that differs from the page's (WCAG 3.1.2), otherwise nothing.
 */
export function langAttr(resolved: ResolvedText | undefined, pageLang: string) {
  const lang = resolved?.lang;
  return lang && baseLang(lang) !== baseLang(pageLang || 'en') ? lang : undefined;
}
