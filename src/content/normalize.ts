/**
 * Bad input → warnings, never exceptions. A typed spec per content type says how each field
 * is read; `normalize` turns whatever a feed, attribute or property holds into a well-formed
 * item, or says in a few words why the item is skipped. Text is reduced to plain text here,
 * once, not at every render. The same functions serve the elements and the feed validator,
 * so both say the same thing about the same feed.
 */
import {hasOffset, isImpossibleDate, readDate} from './date.js';
import {isObject, LANG_TAG, plainText} from './text.js';
import {safeUrl} from './url.js';
import {isVideoHostUrl} from './video.js';
import type {ContentKind, Idea, LocalizedText, Quote, Speaker, Story, Webinar, WebinarKind} from './types.js';

/**
 * Hears what a field's reader dropped or changed in a value it keeps (a key that is not a
 * language tag, a text cut short); `at` says where inside the field (`.en`, `[2]`), as a
 * JSON path.
 */
export type Note = (problem: string, at?: string) => void;

/** How one field is read. */
export interface Field<V> {
  /**
   * The usable value, or `undefined` (also for `null` and `""`: a field left empty is
   * absent). `name` is the field as the user wrote it, quoted, for notes.
   */
  read: (value: unknown, note: Note, name: string) => V | undefined;
  /**
   * What is wrong with a given value that `read` refused: it is dropped (or the item skipped,
   * when the field is required) with a warning saying so. Nothing: dropped silently (an
   * optional text that is blank once reduced to plain text is simply absent).
   */
  expected?: string | ((value: unknown) => string | undefined);
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

/**
 * Hears a problem that does not cost the item its place (an unsafe optional URL); `path`
 * is the field at fault inside the item, as a JSON path (`image`, `title.fr`, `speakers[1]`).
 */
export type Warn = (problem: string, path?: string) => void;

/** Hears each problem of an item: `skipped` when it costs the item its place (then it is the only one). */
export type ItemReport = (problem: string, path: string, skipped: boolean) => void;

// A card never needs more; a 10 MB "title" must not become a 10 MB text node.
const MAX_INPUT = 20_000;
export const MAX_TEXT = 5_000;
export const MAX_ID = 200;

/**
 * The first `max` characters of `text` when it has more, else `undefined`. Characters are
 * code points, as JSON Schema's `maxLength` counts them: a cut never splits a surrogate pair.
 */
function cut(text: string, max: number): string | undefined {
  if (text.length <= max) return undefined;
  let chars = 0;
  let units = 0;
  for (const char of text) {
    if (chars++ === max) return text.slice(0, units);
    units += char.length;
  }
  return undefined;
}

/** `.key`, or `["fr-CA"]` for a key that is not a plain name: one step of a JSON path. */
export const member = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

/**
 * What plainText() would change: markup, entities, whitespace other than single spaces
 * inside. Most texts have none, and skipping the work on them is a third of a large feed's
 * time.
 */
const NOT_PLAIN = /[<&]|[^\S ]| {2}|^ | $/;

/** A string as plain text, cut (with a note) past MAX_TEXT characters; `undefined` when blank. */
function cleanText(value: string, fix: (text: string) => string, note: Note, what: string, at?: string) {
  // Past MAX_INPUT characters the rest is not even read: the text is cut, whatever its markup.
  const head = cut(value, MAX_INPUT) ?? value;
  const text = fix(NOT_PLAIN.test(head) ? plainText(head) : head);
  if (!text || (head === value && cut(text, MAX_TEXT) === undefined)) return text || undefined;
  note(`cut ${what}: a text is at most ${MAX_TEXT} characters`, at);
  return (cut(text, MAX_TEXT - 1) ?? text) + '…';
}

const NOT_A_TEXT = 'not a text';
const NOT_A_TAG = 'not a language tag';

/**
 * A text field: a string, or an object of language tags to strings; `fix` applies to each
 * text once it is plain. A key that is not a language tag, or a value that is not a string,
 * is left out with a note.
 */
function readText(value: unknown, note: Note, name: string, fix = (text: string) => text): LocalizedText | undefined {
  if (typeof value === 'string') return cleanText(value, fix, note, name);
  if (!isObject(value)) return undefined;
  let out: Record<string, string> | undefined;
  for (const lang in value) {
    const entry = value[lang];
    const at = member(lang);
    // A key is quoted like a value: a hostile one (10,000 characters, quotes) stays short.
    if (!LANG_TAG.test(lang)) note(`ignored ${quoted(lang)} of ${name}: ${NOT_A_TAG}`, at);
    else if (typeof entry !== 'string') note(`ignored "${lang}" of ${name} ${quoted(entry)}: ${NOT_A_TEXT}`, at);
    else {
      const text = cleanText(entry, fix, note, `"${lang}" of ${name}`, at);
      if (text) (out ??= {})[lang] = text;
    }
  }
  return out;
}

/** Why `value` is no text at all; nothing for a string or language object that is merely empty. */
function textProblem(value: unknown): string | undefined {
  if (typeof value === 'string') return undefined;
  if (!isObject(value)) return NOT_A_TEXT;
  for (const lang in value) {
    if (!LANG_TAG.test(lang) || typeof value[lang] !== 'string') return 'not a text by language';
  }
  return undefined;
}

const text: Field<LocalizedText> = {read: readText, expected: textProblem};

const NOT_A_URL = 'not an http(s) or relative URL';
const url: Field<string> = {read: safeUrl, expected: NOT_A_URL};

const required = <V>(field: Field<V>): Field<V> => ({...field, required: true});

/** An id: a string (trimmed, at most MAX_ID characters) or a whole number a browser writes in digits. */
const id: Field<string> = {
  read: (v, note, name) => {
    if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : undefined;
    if (typeof v !== 'string') return undefined;
    const trimmed = v.trim();
    const shorter = cut(trimmed, MAX_ID);
    if (shorter !== undefined) note(`cut ${name}: an id is at most ${MAX_ID} characters`);
    return shorter ?? (trimmed || undefined);
  },
  expected: (v) =>
    typeof v === 'string'
      ? 'blank'
      : typeof v === 'number'
        ? `not a whole number up to ${Number.MAX_SAFE_INTEGER}`
        : 'not a text or a whole number',
};

const date: Field<string> = {
  read: readDate,
  expected: (v) => (isImpossibleDate(v) ? 'no such day or time' : 'not an ISO 8601 date (2031-01-15T17:00:00-05:00)'),
};

const lang: Field<string> = {
  read: (v) => (typeof v === 'string' && LANG_TAG.test(v) ? v : undefined),
  expected: NOT_A_TAG,
};

/**
 * A number from `min` to `max` (a whole one when `integer`): a JSON number, or a string of
 * plain decimal digits ("2012", "45.5", "-73.56" — from an attribute, or a CMS that writes
 * numbers as text). Nothing else a JavaScript engine reads as a number (" 90 ", "0x5A", "9e1").
 */
const number = (min: number, max: number, integer = false): Field<number> => {
  const digits = new RegExp(`^${min < 0 ? '-?' : ''}\\d+${integer ? '' : '(?:\\.\\d+)?'}$`);
  return {
    read: (v) => {
      const n = typeof v === 'string' ? (digits.test(v) ? +v : undefined) : v;
      return typeof n === 'number' && n >= min && n <= max && (!integer || Number.isInteger(n)) ? n : undefined;
    },
    expected: `not a ${integer ? 'whole ' : ''}number from ${min} to ${max}`,
  };
};

/**
 * A list of what `item` accepts; each entry it refuses is left out with a note (it says
 * why, or `item` notes it itself). With `some`, a list with nothing usable is a bad value
 * (a speakers list of nobody); without, simply an empty list, left out.
 */
const list = <V>(
  what: string,
  item: (v: unknown, note: Note, name: string) => V | undefined,
  why: (v: unknown) => string | undefined,
  some = false
): Field<V[]> => ({
  read: (v, note, name) => {
    if (!Array.isArray(v)) return undefined;
    const items: V[] = [];
    v.forEach((entry, i) => {
      const entryName = `#${i + 1} of ${name}`;
      const good = item(entry, (problem, at = '') => note(problem, `[${i}]${at}`), entryName);
      if (good !== undefined) items.push(good);
      else {
        const problem = why(entry);
        if (problem) note(`ignored ${entryName} ${quoted(entry)}: ${problem}`, `[${i}]`);
      }
    });
    return some && !items.length ? undefined : items;
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
const QUOTE_MARKS = ['""', '“”', '„“', '„”', '«»', '»«', '””', '‘’', '‚‘', '‚’', '‹›', "''"];

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
  text: required({...text, read: (v, note, name) => readText(v, note, name, unquote)}),
  author: required(text),
  role: text,
  city: text,
  country: text,
  url,
  image: url,
  lang,
};

/** A speaker: an object with a name, or just the name. */
function readSpeaker(value: unknown, note: Note, name: string): Speaker | undefined {
  const fromString = typeof value === 'string';
  const speaker = readItem<Speaker>(fromString ? {name: value} : value, SPEAKER, (problem, path, skipped) =>
    skipped
      ? note(`ignored ${name} ${quoted(value)}: ${problem}`)
      : note(`in ${name}: ${problem}`, fromString ? '' : `.${path}`)
  );
  return speaker;
}

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
  // A poster from the video host's servers would tell it about the visitor before they
  // press play, which the facade exists to prevent.
  poster: {
    read: (v) => {
      const poster = safeUrl(v);
      return poster && !isVideoHostUrl(poster) ? poster : undefined;
    },
    expected: (v) => (safeUrl(v) ? 'on the video host, which would see visitors before play' : NOT_A_URL),
  },
  // A date-time without an offset is kept, as the time where the webinar takes place is
  // most often the visitors' own; but a visitor elsewhere would see the wrong hour.
  date: {
    ...date,
    read: (v, note, name) => {
      const iso = readDate(v);
      if (iso && !hasOffset(iso)) {
        note(`${name} ${quoted(v)} has no time zone offset: visitors read it in their own zone`);
      }
      return iso;
    },
  },
  durationMinutes: number(0, 100_000),
  speakers: list('speakers with names', readSpeaker, () => undefined, true),
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
  themes: list('themes', readText, (v) => textProblem(v) ?? 'blank'),
  organization: text,
  year: number(1000, 9999, true),
  lat: number(-90, 90),
  lng: number(-180, 180),
  lang,
};

export const STORIES: ContentType<Story> = {kind: 'stories', noun: 'story', spec: STORY};
export const QUOTES: ContentType<Quote> = {kind: 'quotes', noun: 'quote', spec: QUOTE};
export const WEBINARS: ContentType<Webinar> = {kind: 'webinars', noun: 'webinar', spec: WEBINAR};
export const IDEAS: ContentType<Idea> = {kind: 'ideas', noun: 'idea', spec: IDEA};

/** Every content type, in the order the feed format lists them. */
export const CONTENT_TYPES = [STORIES, QUOTES, WEBINARS, IDEAS] as const;

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

/** Given: neither absent nor `null` nor `""` (what the normalizer reads as absent). */
const isGiven = (value: unknown) => value != null && value !== '';

/** Marks an item made from another format (a JSON Feed item): where its fields came from. */
const MAPPED = Symbol('mapped item');

interface Mapping {
  /** The source's field of each item field (`url` → `external_url`), as a path in the item; `$.…` from the document. */
  from: Record<string, string>;
  /** What the mapping had to leave out: [problem, path]. */
  notes: [string, string][];
}

/**
 * Reads `raw` with `spec`: the item, or `undefined` when it is skipped. `report` hears each
 * problem with the path of the field at fault; a skipped item has exactly one (its reason),
 * a kept one any number of warnings. A field given but unusable is left out, with a warning
 * when its spec says what a good value is. Messages name fields as the user wrote them
 * (`names`).
 */
export function readItem<T>(raw: unknown, spec: Spec<T>, report: ItemReport, names: FieldNames = {}): T | undefined {
  if (!isObject(raw)) {
    report('it is not an object', '', true);
    return undefined;
  }
  const mapping = (raw as {[MAPPED]?: Mapping})[MAPPED];
  // Warnings wait for the verdict: a skipped item gets one message, its reason.
  const warnings: [string, string][] = [...(mapping?.notes ?? [])];
  // Built field by field rather than copied and pruned: deleting keys turns 10,000 items
  // into slow dictionary objects.
  const out: Record<string, unknown> = {};
  for (const key in spec) {
    const {read, expected, required} = spec[key] as Field<unknown>;
    const path = mapping?.from[key] ?? key;
    const name = `"${names[key] ?? path.replace(/^\$\./, '')}"`;
    let notes: [string, string][] | undefined;
    const note: Note = (problem, at = '') => (notes ??= []).push([problem, path + at]);
    let given: unknown;
    let value: unknown;
    try {
      given = raw[key];
      value = read(given, note, name);
    } catch {
      // An app's object may have a getter or a proxy that throws: the field is unusable.
      given = value = undefined;
    }
    if (value !== undefined) {
      if (!(Array.isArray(value) && !value.length)) out[key] = value;
      if (notes) warnings.push(...notes);
      continue;
    }
    const why = isGiven(given) ? (typeof expected === 'function' ? expected(given) : expected) : undefined;
    if (required) {
      report(`${name} is ${why || 'missing'}`, path, true);
      return undefined;
    }
    if (why) warnings.push([`ignored ${name} ${quoted(given)}: ${why}`, path]);
  }
  for (const [problem, path] of warnings) report(problem, path, false);
  return out as T;
}

/**
 * The item with the fields of `spec`, or the reason it is skipped. `warn` hears each
 * problem that does not cost the item its place.
 */
export function normalize<T>(raw: unknown, spec: Spec<T>, warn?: Warn, names?: FieldNames): T | string {
  let reason = '';
  const item = readItem<T>(
    raw,
    spec,
    (problem, path, skipped) => (skipped ? (reason = problem) : warn?.(problem, path)),
    names
  );
  return item ?? reason;
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
 * Normalizes the items `from`…`to` (at most the list's length) of a list into `out`, keeping
 * the good ones. `report` hears about each skipped item and each non-fatal problem
 * (`skipped` tells which), with the path of the field at fault inside the item.
 */
export function normalizeItems<T>(
  items: readonly unknown[],
  type: ContentType<T>,
  source: Source,
  report: (message: string, index: number, skipped: boolean, path: string) => void,
  from = 0,
  to = items.length,
  out: T[] = []
): T[] {
  for (let index = from; index < to; index++) {
    const item = readItem(
      items[index],
      type.spec,
      (problem, path, skipped) =>
        report(itemProblem(type.noun, index, source.label, problem, skipped), index, skipped, path),
      source.names
    );
    if (item) out.push(item);
  }
  return out;
}

const JSON_FEED = /^https:\/\/jsonfeed\.org\/version\//;

/** Whether a parsed document is a JSON Feed (1.0 or 1.1), which feeds the stories. */
export const isJsonFeed = (data: unknown): data is Record<string, unknown> =>
  // A string test, not String(version): a deeply nested array would overflow the stack.
  isObject(data) && typeof data.version === 'string' && JSON_FEED.test(data.version);

/**
 * The raw items of `kind` in a parsed feed document, or `undefined` when the document has
 * none (a wrong shape). A JSON Feed (1.0 or 1.1) with its `items` list is read as
 * stories, per DESIGN.md's mapping.
 */
export function selectItems(data: unknown, kind: ContentKind): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return undefined;
  if (Array.isArray(data[kind])) return data[kind] as unknown[];
  if (kind !== 'stories' || !isJsonFeed(data) || !Array.isArray(data.items)) return undefined;
  return data.items.map((item: unknown) => (isObject(item) ? jsonFeedStory(item, data.language) : item));
}

/**
 * A JSON Feed item as a Story, by DESIGN.md's mapping: `summary`, else `content_text`;
 * `date_published`; the first of `authors`; `language`, else the feed's. A field left
 * empty falls back as an absent one does. JSON Feed 1.0's `author`, `external_url` and
 * `banner_image` are not read (README, Decisions).
 */
function jsonFeedStory(item: Record<string, unknown>, feedLanguage: unknown) {
  const summary = isGiven(item.summary) ? 'summary' : 'content_text';
  const ownLanguage = isGiven(item.language);
  const author = Array.isArray(item.authors) ? item.authors[0] : undefined;
  const mapping: Mapping = {
    from: {summary, date: 'date_published', author: 'authors[0].name', lang: ownLanguage ? 'language' : '$.language'},
    notes: [],
  };
  if (author != null && !isObject(author)) {
    mapping.notes.push([`ignored "authors[0]" ${quoted(author)}: not an author object`, 'authors[0]']);
  }
  return {
    id: item.id,
    title: item.title,
    url: item.url,
    image: item.image,
    summary: item[summary],
    date: item.date_published,
    author: isObject(author) ? author.name : undefined,
    lang: ownLanguage ? item.language : feedLanguage,
    [MAPPED]: mapping,
  };
}
