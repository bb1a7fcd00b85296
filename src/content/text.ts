/**
 * Text handling without the DOM. CMS excerpts carry markup and entities; we reduce them to
 * plain text with string operations only, because `innerHTML` and `DOMParser` are Trusted
 * Types sinks and would also run the very markup we refuse to trust.
 */
import type {LocalizedText} from './types.js';

// Named entities decoded (numeric ones always are). CMSs write most punctuation as numeric
// entities; the named ones that reach excerpts are these: the characters HTML reserves, the
// no-break space, the dashes, the punctuation and quotation marks of the languages we are
// translated into, the euro, and every letter (accented ones are the letter plus a combining
// mark, composed below; the others are listed). Symbols (&copy;, &deg;, &times;, &frac12;…)
// and invisible marks (&shy;, &lrm;) stay as written: a letter left encoded breaks a word
// (and search), a symbol only looks odd, and each entry costs the script-tag bundle, which
// has no room left under its 26 KB ceiling (README, Decisions).
const ENTITIES = new Map(
  Object.entries({
    quot: '"',
    amp: '&',
    apos: "'",
    lt: '<',
    gt: '>',
    nbsp: '\u00a0',
    ndash: '–',
    mdash: '—',
    hellip: '…',
    middot: '·',
    iexcl: '¡',
    iquest: '¿',
    lsquo: '‘',
    rsquo: '’',
    ldquo: '“',
    rdquo: '”',
    bdquo: '„',
    laquo: '«',
    raquo: '»',
    euro: '€',
    AElig: 'Æ',
    aelig: 'æ',
    ETH: 'Ð',
    eth: 'ð',
    Oslash: 'Ø',
    oslash: 'ø',
    THORN: 'Þ',
    thorn: 'þ',
    szlig: 'ß',
    OElig: 'Œ',
    oelig: 'œ',
  })
);

/** Combining marks by the suffix of their entity names: `&eacute;` is "e" + acute. */
const MARKS = new Map(
  Object.entries({
    grave: '\u0300',
    acute: '\u0301',
    circ: '\u0302',
    tilde: '\u0303',
    uml: '\u0308',
    ring: '\u030a',
    caron: '\u030c',
    cedil: '\u0327',
  })
);

/** A named entity's text: from the table, or a letter with a mark that composes to one character. */
function namedEntity(name: string): string | undefined {
  const mark = MARKS.get(name.slice(1));
  const letter = mark && (name[0] + mark).normalize();
  return ENTITIES.get(name) ?? (letter?.length === 1 ? letter : undefined);
}

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
      if (name) return namedEntity(name) ?? match;
      // "0233" is decimal, "0x1F" hexadecimal.
      const n = +('0' + code);
      // Null, surrogates and out-of-range values become U+FFFD, as the HTML parser does.
      return !n || n > 0x10ffff || n >> 11 === 27 ? '\uFFFD' : String.fromCodePoint(n);
    })
    .replace(/\s+/g, ' ')
    .trim();

/** A BCP 47-looking tag: enough to reject keys such as `"__proto__"` or `"title"`. */
export const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** Lower-case base language of a tag: `fr-CA` → `fr` (`fr_CA`, as some systems write it, too). */
export const baseLang = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0];

/** A plain object (not null, not an array): what a feed item or a localized text must be. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

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
  return lang && baseLang(lang) !== baseLang(pageLang) ? lang : undefined;
}
