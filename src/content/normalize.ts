/**
 * Bad input → warnings, never exceptions. A typed spec per content type says how each field
 * is read; `normalize` turns whatever a feed, attribute or property holds into a well-formed
 * item, or says in a few words why the item is skipped. Text is reduced to plain text here,
 * once, not at every render. The same functions serve the elements and the feed validator,
 * so both say the same thing about the same feed.
 */
import {isObject, LANG_TAG, plainText} from './text.js';
import {safeUrl} from './url.js';
import type {ContentKind, Idea, LocalizedText, Quote, Speaker, Story, Webinar, WebinarKind} from './types.js';

/** How one field is read. */
export interface Field<V> {
  /** The usable value, or `undefined` (also for `null` and `""`: a field left empty is absent). */
  read: (value: unknown) => V | undefined;
  /** What a good value is: a given value that is unusable is dropped with a warning saying so. */
  expected?: string;
  /** Without it the item is skipped. */
  required?: boolean;
}

/** How to read every field of a content type `T`: the compiler checks that none is forgotten. */
export type Spec<T> = {[K in keyof T]-?: Field<NonNullable<T[K]>>};

/** A content type: its feed key, its name in messages and its spec. */
export interface ContentType<T> {
  kind: ContentKind;
  noun: string;
  spec: Spec<T>;
}

/** Names of fields as the user wrote them, when they differ (`{title: 'heading'}` for attributes). */
export type FieldNames = Record<string, string>;

/** Hears a problem that does not cost the item its place (an unsafe optional URL). */
export type Warn = (problem: string) => void;

// A card never needs more; a 10 MB "title" must not become a 10 MB text node.
const MAX_INPUT = 20_000;
const MAX_TEXT = 5_000;

const cleanText = (value: unknown, fix = (text: string) => text) => {
  const text = typeof value === 'string' ? fix(plainText(value.slice(0, MAX_INPUT))) : '';
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT - 1) + '…' : text || undefined;
};

/**
 * A text field: a string (or a finite number), or an object of language tags to strings;
 * `fix` applies to each text once it is plain.
 */
export function readText(value: unknown, fix?: (text: string) => string): LocalizedText | undefined {
  if (typeof value === 'number') return isFinite(value) ? String(value) : undefined;
  if (!isObject(value)) return cleanText(value, fix);
  let out: Record<string, string> | undefined;
  for (const lang in value) {
    const text = LANG_TAG.test(lang) ? cleanText(value[lang], fix) : undefined;
    if (text) (out ??= {})[lang] = text;
  }
  return out;
}

const text: Field<LocalizedText> = {read: (v) => readText(v)};

const url: Field<string> = {read: safeUrl, expected: 'not an http(s) or relative URL (unsafe or invalid)'};

const required = <V>(field: Field<V>): Field<V> => ({...field, required: true});

const id: Field<string> = {
  read: (v) =>
    typeof v === 'number'
      ? isFinite(v)
        ? String(v)
        : undefined
      : typeof v === 'string'
        ? v.trim().slice(0, 200) || undefined
        : undefined,
};

const date: Field<string> = {
  read: (v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\d/.test(v) && !isNaN(Date.parse(v)) ? v : undefined),
  expected: 'not an ISO 8601 date (2031-01-15T17:00:00-05:00)',
};

const lang: Field<string> = {read: (v) => (typeof v === 'string' && LANG_TAG.test(v) ? v : undefined)};

/** A number from `min` to `max`; a numeric string ("2012", from an attribute) counts. */
const number = (min: number, max: number): Field<number> => ({
  read: (v) => {
    const n = typeof v === 'string' && v.trim() ? +v : v;
    return typeof n === 'number' && n >= min && n <= max ? n : undefined;
  },
  expected: `not a number from ${min} to ${max}`,
});

/**
 * A list of what `item` accepts, without the rest. With `some`, a list with nothing usable
 * is a bad value (a speakers list of nobody); without, simply an empty list, left out.
 */
const list = <V>(what: string, item: (v: unknown) => V | undefined, some = false): Field<V[]> => ({
  read: (v) => {
    const items = Array.isArray(v) ? v.map(item).filter((x): x is V => x !== undefined) : undefined;
    return some && !items?.length ? undefined : items;
  },
  expected: `not a list of ${what}`,
});

export const WEBINAR_KINDS: readonly WebinarKind[] = ['featured', 'video', 'archive'];

const SPEAKER: Spec<Speaker> = {name: required(text), role: text, organization: text};

export const STORY: Spec<Story> = {
  title: required(text),
  url: required(url),
  id,
  summary: text,
  kicker: text,
  image: url,
  imageAlt: text,
  author: text,
  date,
  lang,
};

/** Quotation marks in pairs, as languages write them: “English”, « français », „Deutsch“, »dansk«… */
const QUOTE_MARKS = ['""', '“”', '„“', '„”', '«»', '»«', '”””', '‘’', '‚‘', '‚’', '‹›', "''"];

/**
 * The words of a quote without the quotation marks around them: marks are typography, which
 * each language writes its own way (the rotator draws them). Only a pair is taken away, so an
 * apostrophe at either end ("’Tis", "the parents'") stays.
 */
export function unquote(text: string): string {
  let t = text.trim();
  while (t.length >= 2 && QUOTE_MARKS.some(([open, close]) => t.startsWith(open) && t.endsWith(close))) {
    t = t.slice(1, -1).trim();
  }
  return t;
}

export const QUOTE: Spec<Quote> = {
  text: required({read: (v) => readText(v, unquote)}),
  author: required(text),
  role: text,
  city: text,
  country: text,
  url,
  image: url,
  lang,
};

export const WEBINAR: Spec<Webinar> = {
  title: required(text),
  id,
  summary: text,
  url,
  kind: {
    read: (v) => (WEBINAR_KINDS.includes(v as WebinarKind) ? (v as WebinarKind) : undefined),
    expected: 'not featured, video or archive',
  },
  video: url,
  poster: url,
  date,
  durationMinutes: number(0, 100_000),
  // A speaker may be just a name.
  speakers: list(
    'speakers with names',
    (s) => {
      const speaker = normalize(typeof s === 'string' ? {name: s} : s, SPEAKER);
      return typeof speaker === 'string' ? undefined : speaker;
    },
    true
  ),
  lang,
};

export const IDEA: Spec<Idea> = {
  id: required(id),
  title: required(text),
  url: required(url),
  city: required(text),
  country: required(text),
  summary: text,
  region: text,
  themes: list('themes', (v) => readText(v)),
  organization: text,
  year: number(1000, 9999),
  lat: number(-90, 90),
  lng: number(-180, 180),
  lang,
};

export const STORIES: ContentType<Story> = {kind: 'stories', noun: 'story', spec: STORY};
export const QUOTES: ContentType<Quote> = {kind: 'quotes', noun: 'quote', spec: QUOTE};
export const WEBINARS: ContentType<Webinar> = {kind: 'webinars', noun: 'webinar', spec: WEBINAR};
export const IDEAS: ContentType<Idea> = {kind: 'ideas', noun: 'idea', spec: IDEA};

/**
 * A value quoted in a warning, at most 80 characters. Whatever an app assigned (a BigInt, a
 * circular object, a throwing getter) is described, never thrown.
 */
export function quoted(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    // Not serialisable: its type says enough.
  }
  return (json ?? `a ${typeof value}`).slice(0, 80);
}

/**
 * The item with the fields of `spec`, or the reason it is skipped. A field given but
 * unusable is left out, with a warning when its spec says what a good value is. Messages
 * name fields as the user wrote them (`names`).
 */
export function normalize<T>(raw: unknown, spec: Spec<T>, warn?: Warn, names: FieldNames = {}): T | string {
  if (!isObject(raw)) return 'it is not an object';
  // Built field by field rather than copied and pruned: deleting keys turns 10,000 items
  // into slow dictionary objects.
  const out: Record<string, unknown> = {};
  for (const key in spec) {
    const {read, expected, required} = spec[key] as Field<unknown>;
    let given: unknown;
    let value: unknown;
    try {
      given = raw[key];
      value = read(given);
    } catch {
      // An app's object may have a getter or a proxy that throws: the field is unusable.
      given = value = undefined;
    }
    const name = `"${names[key] ?? key}"`;
    const bad = given != null && given !== '' && expected;
    if (value !== undefined) {
      if (!(Array.isArray(value) && !value.length)) out[key] = value;
    } else if (required) return `${name} is ${bad || 'missing'}`;
    else if (bad) warn?.(`ignored ${name} ${quoted(given)}: ${bad}`);
  }
  return out as T;
}

/** Where items came from, for messages: `the feed "/content.json"`, `its attributes`. */
export interface Source {
  label: string;
  names?: FieldNames;
}

/** A problem with one item of a list, in the words of the console warnings and the validator. */
export const itemProblem = (noun: string, index: number, source: string, problem: string, skipped: boolean) =>
  `${skipped ? 'skipped' : 'in'} ${noun} #${index + 1} of ${source}: ${problem}.`;

/**
 * Normalizes the items `from`…`to` of a list into `out`, keeping the good ones. `report`
 * hears about each skipped item and each non-fatal problem (`skipped` tells which).
 */
export function normalizeItems<T>(
  items: readonly unknown[],
  type: ContentType<T>,
  source: Source,
  report: (message: string, index: number, skipped: boolean) => void,
  from = 0,
  to = items.length,
  out: T[] = []
): T[] {
  for (let index = from; index < Math.min(to, items.length); index++) {
    const say = (problem: string, skipped: boolean) =>
      report(itemProblem(type.noun, index, source.label, problem, skipped), index, skipped);
    const result = normalize(items[index], type.spec, (problem) => say(problem, false), source.names);
    if (typeof result === 'string') say(result, true);
    else out.push(result);
  }
  return out;
}

const JSON_FEED = /^https:\/\/jsonfeed\.org\/version\//;

/**
 * The raw items of `kind` in a parsed feed document, or `undefined` when the document has
 * none (a wrong shape). A JSON Feed (1.0 or 1.1) is read as stories, per DESIGN.md's mapping.
 */
export function selectItems(data: unknown, kind: ContentKind): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return undefined;
  if (Array.isArray(data[kind])) return data[kind] as unknown[];
  // A string test, not String(version): a deeply nested array would overflow the stack.
  if (kind !== 'stories' || typeof data.version !== 'string' || !JSON_FEED.test(data.version)) return undefined;
  const items = Array.isArray(data.items) ? data.items : [];
  return items.map((item: unknown) => (isObject(item) ? jsonFeedStory(item, data.language) : item));
}

/** A JSON Feed item as a Story. */
function jsonFeedStory(item: Record<string, unknown>, feedLanguage: unknown) {
  const authors = item.authors as Record<string, unknown>[] | undefined;
  return {
    id: item.id,
    title: item.title,
    summary: item.summary ?? item.content_text,
    url: item.url ?? item.external_url,
    image: item.image ?? item.banner_image,
    date: item.date_published,
    author: (authors?.[0] ?? (item.author as Record<string, unknown> | undefined))?.name,
    lang: item.language ?? feedLanguage,
  };
}
