/**
 * Text handling without the DOM. CMS excerpts carry markup and entities; we reduce them to
 * plain text with string operations only, because `innerHTML` and `DOMParser` are Trusted
 * Types sinks and would also run the very markup we refuse to trust.
 */
import type {LocalizedText} from './types.js';

// Named entities by code point: a number sets the code point of the next name, each name
// or empty slot takes the next one. Accented letters (&eacute;, &Ccedil;, &scaron;…) are
// not listed: they are the letter plus a combining mark, composed below.
const ENTITIES: Record<string, number> = {};
let codePoint = 0;
for (const token of '34 quot    amp apos 60 lt  gt 160 nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest       AElig 208 ETH       times Oslash      THORN szlig       aelig 240 eth       divide oslash      thorn 338 OElig oelig 8194 ensp emsp      thinsp   zwnj zwj lrm rlm    ndash mdash    lsquo rsquo sbquo  ldquo rdquo bdquo    bull    hellip 8242 prime       lsaquo rsaquo 8364 euro 8482 trade 8592 larr  rarr'.split(
  ' '
)) {
  if (+token) codePoint = +token;
  else ENTITIES[token] = codePoint++;
}
const MARKS: Record<string, string> = {
  grave: '\u0300',
  acute: '\u0301',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  caron: '\u030c',
  cedil: '\u0327',
};

// Hidden elements with their content; comments, doctypes and processing instructions; any
// other tag (a "<" not followed by a letter, "/", "!" or "?" is ordinary text: "a < b").
const MARKUP =
  /<(script|style|template|noscript|iframe|object|svg|math)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?|<\/?([a-z][a-z0-9]*)[^>]*>?/gi;
// Tags that separate words when rendered: replaced by a space so "a</p><p>b" stays two words.
const BLOCK =
  /^(?:p|br|div|li|[ou]l|h[1-6]|blockquote|t[rdh]|section|article|header|footer|figure|figcaption|hr|d[dt])$/i;
const ENTITY = /&(?:#(\d{1,7}|x[\da-f]{1,6})|([a-z][a-z\d]{1,31}));/gi;

/**
 * Reduces a string that may hold markup to plain text: hidden elements dropped with their
 * content, tags dropped, entities decoded, whitespace collapsed. The result is only ever
 * rendered as a text node.
 */
export const plainText = (value: string): string =>
  value
    .replace(MARKUP, (_, hidden?: string, tag?: string) => (hidden || BLOCK.test(tag!) ? ' ' : ''))
    .replace(ENTITY, (match, code?: string, name?: string) => {
      if (name) {
        const letter = (name[0] + MARKS[name.slice(1)]).normalize();
        return ENTITIES[name] > 0 ? String.fromCharCode(ENTITIES[name]) : letter.length === 1 ? letter : match;
      }
      // "0233" is decimal, "0x1F" hexadecimal.
      const n = +('0' + code);
      // Null, surrogates and out-of-range values become U+FFFD, as the HTML parser does.
      return !n || n > 0x10ffff || n >> 11 === 27 ? '\uFFFD' : String.fromCodePoint(n);
    })
    .replace(/\s+/g, ' ')
    .trim();

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
  if (typeof value === 'string') return value ? {text: value, lang: fallbackLang} : undefined;
  const keys = Object.keys(value ?? {});
  if (!keys.length) return undefined;
  const lower = keys.map((k) => k.toLowerCase());
  const wanted = pageLang.toLowerCase();
  const base = baseLang(wanted);
  const lang =
    keys[
      [
        lower.indexOf(wanted),
        lower.indexOf(base),
        lower.findIndex((k) => baseLang(k) === base),
        lower.indexOf('en'),
      ].find((i) => i >= 0) ?? 0
    ];
  return {text: value![lang], lang};
}

/**
 * The `lang` attribute a piece of text needs inside a page in `pageLang`: its own language
 * when that differs from the page's (WCAG 3.1.2), otherwise nothing.
 */
export function langAttr(resolved: ResolvedText | undefined, pageLang: string) {
  const lang = resolved?.lang;
  return lang && baseLang(lang) !== baseLang(pageLang || 'en') ? lang : undefined;
}
