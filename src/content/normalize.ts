/**
 * Bad input → warnings, never exceptions. One table of fields turns whatever a feed,
 * attribute or property holds into a well-formed item, or says in a few words why the item
 * is skipped. Text is reduced to plain text here, once, not at every render.
 */
import {yieldToBrowser} from '../internal/yield.js';
import {LANG_TAG, plainText} from './text.js';
import {safeUrl} from './url.js';
import type {ContentKind, Idea, LocalizedText, Quote, Story, Webinar, WebinarKind} from './types.js';

/** Called for a problem that does not cost the item its place (an unsafe optional URL). */
export type Warn = (problem: string) => void;
/** Returns the clean item, or the reason it is skipped. */
export type Normalizer<T> = (raw: unknown, warn: Warn) => T | string;

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A text field: a string (or a number), or an object of language tags to strings. */
export function text(v: unknown, fix = (s: string) => s): LocalizedText | undefined {
  // A card never needs more; a 10 MB "title" must not become a 10 MB text node.
  const clean = (s: unknown) => {
    const t = typeof s === 'string' ? fix(plainText(s.slice(0, 20000))) : '';
    return t.length > 5000 ? t.slice(0, 4999) + '…' : t || undefined;
  };
  if (typeof v === 'number') return isFinite(v) ? String(v) : undefined;
  if (!isObject(v)) return clean(v);
  let out: Record<string, string> | undefined;
  for (const lang in v) {
    const t = LANG_TAG.test(lang) && clean(v[lang]);
    if (t) (out ??= {})[lang] = t;
  }
  return out;
}

export const WEBINAR_KINDS: readonly WebinarKind[] = ['featured', 'video', 'archive'];

type Field = [read: (v: unknown) => unknown, expected?: string];

const number = (min: number, max: number): Field => [
  (v) => {
    const n = typeof v === 'string' && v.trim() ? +v : v;
    return typeof n === 'number' && n >= min && n <= max ? n : undefined;
  },
  `not a number from ${min} to ${max}`,
];

/** A list of what `item` accepts, without the rest; with `some`, at least one of them. */
const list = (what: string, item: (v: unknown) => unknown, some?: boolean): Field => [
  (v) => {
    const items = Array.isArray(v) ? v.map((x) => item(x)).filter((x) => x !== undefined) : undefined;
    return some && !items?.length ? undefined : items;
  },
  `not a list of ${what}`,
];

// Quotation marks around a quote: the element draws its own, in the quote's language.
const unquote = (s: string) => s.replace(/^[\s"“”„«»‘’‚‹›']+|[\s"“”„«»‘’‚‹›']+$/g, '');

/**
 * How to read each field (text when not listed), and for fields whose bad values are
 * dropped with a warning, what a good value is: a webmaster learns why a date is missing.
 */
const FIELDS: Record<string, Field> = {
  id: [
    (v) => (typeof v === 'number' ? text(v) : typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : undefined),
  ],
  text: [(v) => text(v, unquote)],
  url: [safeUrl, 'not an http(s) or relative URL (unsafe or invalid)'],
  date: [
    (v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\d/.test(v) && !isNaN(Date.parse(v)) ? v : undefined),
    'not an ISO 8601 date (2031-01-15T17:00:00-05:00)',
  ],
  lang: [(v) => (typeof v === 'string' && LANG_TAG.test(v) ? v : undefined)],
  kind: [(v) => (WEBINAR_KINDS.includes(v as WebinarKind) ? v : undefined), 'not featured, video or archive'],
  durationMinutes: number(0, 1e5),
  speakers: list(
    'speakers with names',
    (s) => {
      const speaker = normalize(typeof s === 'string' ? {name: s} : s, SPEAKER);
      return typeof speaker === 'string' ? undefined : speaker;
    },
    true
  ),
  themes: list('themes', text),
  year: number(1000, 9999),
  lat: number(-90, 90),
  lng: number(-180, 180),
};
FIELDS.image = FIELDS.video = FIELDS.poster = FIELDS.url;
const SPEAKER = ['name!', 'role', 'organization'];

/**
 * The item with the fields named in `spec` (`!` after a required one), or the reason it is
 * skipped. A field given but unusable is left out, with a warning when FIELDS says why.
 */
function normalize(raw: unknown, spec: string[], warn?: Warn): Raw | string {
  if (!isObject(raw)) return 'it is not an object';
  // Built field by field rather than copied and pruned: deleting keys turns 10,000 items
  // into slow dictionary objects.
  const out: Raw = {};
  for (const field of spec) {
    const name = field.replace('!', '');
    const given = raw[name];
    const [read, expected] = FIELDS[name] ?? [text];
    // Every reader gives undefined for null and "": a field left empty is simply absent.
    const value = read(given);
    const bad = given != null && given !== '' && expected;
    if (value === undefined) {
      if (name !== field) return `"${name}" is ${bad || 'missing'}`;
      if (bad) warn?.(`ignored "${name}" ${JSON.stringify(given)?.slice(0, 80)}: ${bad}`);
    } else if ((value as unknown[]).length !== 0) out[name] = value;
  }
  return out;
}

const normalizer = <T>(spec: string): Normalizer<T> => {
  const fields = spec.split(' ');
  return (raw, warn) => normalize(raw, fields, warn) as T | string;
};

export const normalizeStory = normalizer<Story>('title! url! id summary kicker image imageAlt author date lang');
export const normalizeQuote = normalizer<Quote>('text! author! role city country url image lang');
export const normalizeWebinar = normalizer<Webinar>(
  'title! id summary url kind video poster date durationMinutes speakers lang'
);
export const normalizeIdea = normalizer<Idea>(
  'id! title! url! city! country! summary region themes organization year lat lng lang'
);

/**
 * The raw items of `kind` in a parsed feed document, or `undefined` when the document has
 * none (a wrong shape). A JSON Feed (1.0 or 1.1) is read as stories, per DESIGN.md's mapping.
 */
export function selectItems(data: unknown, kind: ContentKind): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return undefined;
  if (Array.isArray(data[kind])) return data[kind] as unknown[];
  if (kind !== 'stories' || !String(data.version).startsWith('https://jsonfeed.org/version/')) return undefined;
  return (Array.isArray(data.items) ? data.items : []).map((item: Raw) =>
    isObject(item)
      ? {
          id: item.id,
          title: item.title,
          summary: item.summary ?? item.content_text,
          url: item.url ?? item.external_url,
          image: item.image ?? item.banner_image,
          date: item.date_published,
          author: ((item.authors as Raw[])?.[0] ?? (item.author as Raw))?.name,
          lang: item.language ?? data.language,
        }
      : item
  );
}

type Report = (index: number, problem: string, skipped: boolean) => void;

/**
 * Normalizes a list (or the part `from`…`to` of it, into `out`), keeping the good items.
 * `report` hears about each skipped item and each non-fatal problem, so the caller can
 * name the element and the source in its warning.
 */
export function normalizeAll<T>(
  items: readonly unknown[],
  normalize: Normalizer<T>,
  report: Report,
  from = 0,
  to = items.length,
  out: T[] = []
): T[] {
  for (let index = from; index < Math.min(to, items.length); index++) {
    const result = normalize(items[index], (problem) => report(index, problem, false));
    if (typeof result === 'string') report(index, result, true);
    else out.push(result);
  }
  return out;
}

/**
 * The longest list normalized at once, inside a render: a few milliseconds even for ideas,
 * which are also folded for search. Longer lists go through normalizeSliced.
 */
export const SYNC_LIMIT = 500;

/** Work per slice (ms): well under a 50 ms long task on a slow phone. */
const SLICE_MS = 8;

/**
 * normalizeAll for large lists: the same result, computed in slices of a few milliseconds
 * (by time, not by count: an item's cost depends on its texts and on the element) with the
 * browser free to paint and answer input in between. Stops with the signal's reason when
 * aborted.
 */
export async function normalizeSliced<T>(
  items: readonly unknown[],
  normalize: Normalizer<T>,
  report: Report,
  signal?: AbortSignal
): Promise<T[]> {
  const out: T[] = [];
  // A yield before every slice, the first too: when one shared feed answers, each element
  // waiting for it then works in a task of its own instead of all in one long task.
  for (let from = 0; from < items.length;) {
    await yieldToBrowser();
    signal?.throwIfAborted();
    const deadline = performance.now() + SLICE_MS;
    do normalizeAll(items, normalize, report, from, ++from, out);
    while (from < items.length && performance.now() < deadline);
  }
  return out;
}
