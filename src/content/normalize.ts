/**
 * Bad input → warnings, never exceptions. One normalizer per content type turns whatever a
 * feed, attribute or property holds into a well-formed item, or says in a few words why the
 * item is skipped. Text is reduced to plain text here, once, not at every render.
 */
import {yieldToBrowser} from '../internal/yield.js';
import {LANG_TAG, plainText} from './text.js';
import {safeUrl} from './url.js';
import type {
  ContentKind,
  Idea,
  LocalizedText,
  Quote,
  Speaker,
  Story,
  Webinar,
  WebinarKind,
} from './types.js';

/** Called for a problem that does not cost the item its place (an unsafe optional URL). */
export type Warn = (problem: string) => void;
/** Returns the clean item, or the reason it is skipped. */
export type Normalizer<T> = (raw: unknown, warn: Warn) => T | string;

type Raw = Record<string, unknown>;

// A card never needs more; a 10 MB "title" must not become a 10 MB text node.
const MAX_TEXT = 5000;

const isObject = (v: unknown): v is Raw =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function clean(s: string): string | undefined {
  const t = plainText(s.length > MAX_TEXT * 4 ? s.slice(0, MAX_TEXT * 4) : s);
  return t ? (t.length > MAX_TEXT ? t.slice(0, MAX_TEXT - 1) + '…' : t) : undefined;
}

/** A text field: a string (or a number), or an object of language tags to strings. */
export function text(v: unknown): LocalizedText | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string') return clean(v);
  if (!isObject(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [lang, value] of Object.entries(v)) {
    const t = LANG_TAG.test(lang) && typeof value === 'string' ? clean(value) : undefined;
    if (t) out[lang] = t;
  }
  return Object.keys(out).length ? out : undefined;
}

/** An optional URL field: unsafe values are dropped with a warning, the item stays. */
function link(raw: Raw, field: string, warn: Warn): string | undefined {
  const v = raw[field];
  if (v === undefined || v === null || v === '') return undefined;
  const url = safeUrl(v);
  if (!url) warn(`dropped the unsafe or invalid URL in "${field}"`);
  return url;
}

/** A required URL field: the reason to skip the item, or the URL. */
function requiredLink(raw: Raw, field: string): {url?: string; reason?: string} {
  const v = raw[field];
  if (v === undefined || v === null || v === '') return {reason: `"${field}" is missing`};
  const url = safeUrl(v);
  return url ? {url} : {reason: `"${field}" is not an http(s) or relative URL`};
}

function id(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : undefined;
}

function isoDate(v: unknown): string | undefined {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && !isNaN(Date.parse(v))
    ? v
    : undefined;
}

function num(v: unknown, min = -Infinity, max = Infinity): number | undefined {
  const n = typeof v === 'string' && v.trim() ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

/**
 * An optional field that was given but cannot be used: dropped with one warning, as
 * DESIGN.md asks for bad values, so a webmaster learns why a date or year is missing.
 */
function checked<T>(raw: Raw, field: string, value: T | undefined, warn: Warn, expected: string) {
  const given = raw[field];
  if (value === undefined && given !== undefined && given !== null && given !== '') {
    warn(`ignored "${field}" ${JSON.stringify(given)?.slice(0, 80)}: ${expected}`);
  }
  return value;
}

const DATE_EXPECTED = 'not an ISO 8601 date such as 2031-01-15T17:00:00-05:00';

const langTag = (v: unknown) => (typeof v === 'string' && LANG_TAG.test(v) ? v : undefined);

/**
 * A copy without the keys whose value is undefined, so items compare and print cleanly.
 * Copying rather than `delete`: deleting keys turns 10,000 items into slow dictionary
 * objects, and made normalizing a large feed a long task.
 */
function compact<T extends object>(o: T): T {
  const out = {} as T;
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

export const normalizeStory: Normalizer<Story> = (raw, warn) => {
  if (!isObject(raw)) return 'it is not an object';
  const title = text(raw.title);
  if (!title) return '"title" is missing';
  const {url, reason} = requiredLink(raw, 'url');
  if (!url) return reason!;
  return compact({
    id: id(raw.id),
    title,
    summary: text(raw.summary),
    url,
    kicker: text(raw.kicker),
    image: link(raw, 'image', warn),
    imageAlt: text(raw.imageAlt),
    author: text(raw.author),
    date: checked(raw, 'date', isoDate(raw.date), warn, DATE_EXPECTED),
    lang: langTag(raw.lang),
  });
};

// Quotation marks around a quote: the element draws its own, in the quote's language.
const QUOTE_MARKS = /^[\s"“”„«»‘’‚‹›']+|[\s"“”„«»‘’‚‹›']+$/g;
const unquote = (t: LocalizedText | undefined): LocalizedText | undefined => {
  if (typeof t === 'string') return t.replace(QUOTE_MARKS, '') || undefined;
  if (!t) return t;
  const out: Record<string, string> = {};
  for (const [lang, value] of Object.entries(t)) out[lang] = value.replace(QUOTE_MARKS, '');
  return out;
};

export const normalizeQuote: Normalizer<Quote> = (raw, warn) => {
  if (!isObject(raw)) return 'it is not an object';
  const quoteText = unquote(text(raw.text));
  if (!quoteText) return '"text" is missing';
  const author = text(raw.author);
  if (!author) return '"author" is missing';
  return compact({
    text: quoteText,
    author,
    role: text(raw.role),
    city: text(raw.city),
    country: text(raw.country),
    url: link(raw, 'url', warn),
    image: link(raw, 'image', warn),
    lang: langTag(raw.lang),
  });
};

export const WEBINAR_KINDS: readonly WebinarKind[] = ['featured', 'video', 'archive'];

function speakers(v: unknown): Speaker[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const list = v
    .map((s): Speaker | undefined => {
      if (typeof s === 'string') {
        const name = text(s);
        return name ? {name} : undefined;
      }
      if (!isObject(s)) return undefined;
      const name = text(s.name);
      return name
        ? compact({name, role: text(s.role), organization: text(s.organization)})
        : undefined;
    })
    .filter((s): s is Speaker => !!s);
  return list.length ? list : undefined;
}

export const normalizeWebinar: Normalizer<Webinar> = (raw, warn) => {
  if (!isObject(raw)) return 'it is not an object';
  const title = text(raw.title);
  if (!title) return '"title" is missing';
  const kind = WEBINAR_KINDS.includes(raw.kind as WebinarKind)
    ? (raw.kind as WebinarKind)
    : undefined;
  if (raw.kind !== undefined && !kind) warn(`ignored the unknown "kind" ${JSON.stringify(raw.kind)}`);
  return compact({
    id: id(raw.id),
    title,
    summary: text(raw.summary),
    url: link(raw, 'url', warn),
    kind,
    video: link(raw, 'video', warn),
    poster: link(raw, 'poster', warn),
    date: checked(raw, 'date', isoDate(raw.date), warn, DATE_EXPECTED),
    durationMinutes: checked(raw, 'durationMinutes', num(raw.durationMinutes, 0, 100000), warn, 'not a number of minutes, 0 or more'),
    speakers: checked(raw, 'speakers', speakers(raw.speakers), warn, 'not a list of speakers with names'),
    lang: langTag(raw.lang),
  });
};

export const normalizeIdea: Normalizer<Idea> = (raw, warn) => {
  if (!isObject(raw)) return 'it is not an object';
  const ideaId = id(raw.id);
  if (!ideaId) return '"id" is missing';
  const title = text(raw.title);
  if (!title) return '"title" is missing';
  const {url, reason} = requiredLink(raw, 'url');
  if (!url) return reason!;
  const city = text(raw.city);
  if (!city) return '"city" is missing';
  const country = text(raw.country);
  if (!country) return '"country" is missing';
  const themes = checked(
    raw,
    'themes',
    Array.isArray(raw.themes) ? raw.themes.map(text).filter((t): t is LocalizedText => !!t) : undefined,
    warn,
    'not a list of themes'
  );
  return compact({
    id: ideaId,
    title,
    summary: text(raw.summary),
    url,
    city,
    country,
    region: text(raw.region),
    themes: themes?.length ? themes : undefined,
    organization: text(raw.organization),
    year: checked(raw, 'year', num(raw.year, 1000, 9999), warn, 'not a year'),
    lat: checked(raw, 'lat', num(raw.lat, -90, 90), warn, 'not a latitude'),
    lng: checked(raw, 'lng', num(raw.lng, -180, 180), warn, 'not a longitude'),
    lang: langTag(raw.lang),
  });
};

/** JSON Feed 1.1 (and 1.0) items as raw stories, per DESIGN.md's mapping. */
function jsonFeedStories(feed: Raw): unknown[] {
  const items = Array.isArray(feed.items) ? feed.items : [];
  return items.map((item: unknown) => {
    if (!isObject(item)) return item;
    const authors = Array.isArray(item.authors) ? item.authors : [];
    const author = isObject(authors[0]) ? authors[0].name : isObject(item.author) ? item.author.name : undefined;
    return {
      id: item.id,
      title: item.title,
      summary: item.summary ?? item.content_text,
      url: item.url ?? item.external_url,
      image: item.image ?? item.banner_image,
      date: item.date_published,
      author,
      lang: item.language ?? feed.language,
    };
  });
}

const isJsonFeed = (data: Raw) =>
  typeof data.version === 'string' && data.version.startsWith('https://jsonfeed.org/version/');

/**
 * The raw items of `kind` in a parsed feed document, or `undefined` when the document has
 * none (a wrong shape).
 */
export function selectItems(data: unknown, kind: ContentKind): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return undefined;
  if (Array.isArray(data[kind])) return data[kind] as unknown[];
  if (kind === 'stories' && isJsonFeed(data)) return jsonFeedStories(data);
  return undefined;
}

type Report = (index: number, problem: string, skipped: boolean) => void;

function normalizeRange<T>(
  out: T[],
  items: readonly unknown[],
  from: number,
  to: number,
  normalize: Normalizer<T>,
  report: Report
) {
  for (let index = from; index < to; index++) {
    const result = normalize(items[index], (problem) => report(index, problem, false));
    if (typeof result === 'string') report(index, result, true);
    else out.push(result);
  }
}

/**
 * Normalizes a list, keeping the good items. `report` hears about each skipped item and
 * each non-fatal problem, so the caller can name the element and the source in its warning.
 */
export function normalizeAll<T>(items: readonly unknown[], normalize: Normalizer<T>, report: Report): T[] {
  const out: T[] = [];
  normalizeRange(out, items, 0, items.length, normalize, report);
  return out;
}

/** Items normalized per slice: about 10 ms of work for ideas, well under a 50 ms long task. */
export const SLICE = 1000;


/**
 * normalizeAll for large lists: the same result, computed in slices with the browser free
 * to paint and answer input in between. Stops with the signal's reason when aborted.
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
  for (let from = 0; from < items.length; from += SLICE) {
    await yieldToBrowser();
    signal?.throwIfAborted();
    normalizeRange(out, items, from, Math.min(from + SLICE, items.length), normalize, report);
  }
  return out;
}
