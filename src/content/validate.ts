/**
 * The feed validator's core, without the DOM or Node: what the elements would make of a
 * feed, said in their own words. It runs the elements' own rules (`selectItems`, the
 * normalizer's specs) on every kind a document feeds, and the document-level checks the
 * elements make (a wrong shape, a kind that is not a list, a JSON Feed without items, more
 * quotes than the rotator shows). `npx cm-widgets validate` and the snippet builder both
 * use it, so they can never disagree with the page.
 */
import {MAX_FEED_BYTES, type FeedErrorKind} from './feed.js';
import {CONTENT_TYPES, isJsonFeed, member, normalizeItems, selectItems, type ContentType} from './normalize.js';
import {isObject, plainText} from './text.js';
import type {ContentKind} from './types.js';

/** `error`: an item is skipped or the document is unusable; `warning`: the item shows, not quite as written. */
export type Severity = 'error' | 'warning';

/** One problem, where it is and in the words of the elements' console messages. */
export interface Finding {
  severity: Severity;
  /** A JSON path into the document: `$`, `$.stories`, `$.stories[1].url`, `$.items[0].external_url`. */
  path: string;
  /** The kind of content the problem concerns, when it concerns one. */
  kind?: ContentKind;
  /** The item's position in its list, from 0 (messages count from 1: `story #2`). */
  index?: number;
  /** The item's `id`, as written, when it has one. */
  id?: string;
  /** The item's title (a quote's author), as plain text, when it has one: to find it in the file. */
  title?: string;
  /** The elements' words: `skipped story #2 of the feed "content.json": "url" is missing.` */
  message: string;
}

/** The items of one kind. */
export interface KindCount {
  /** Items in the document's list. */
  items: number;
  /** Items the element shows. */
  shown: number;
  /** Items skipped, or left out past the element's maximum. */
  skipped: number;
}

/** What the elements make of a parsed document. */
export interface Validation {
  /** Whether every element reading it has something to show: no error at the document's level. */
  usable: boolean;
  /** How a bare list was read: the kind given, or guessed when `guessed`. */
  list?: {kind: ContentKind; guessed: boolean};
  /** The kinds the document feeds, with their counts. */
  kinds: Partial<Record<ContentKind, KindCount>>;
  findings: Finding[];
  errors: number;
  warnings: number;
  /** `3 stories, 7 quotes, 2 skipped, 1 warning`. */
  summary: string;
}

export interface ValidateOptions {
  /** The file or URL as the user gave it: messages say `the feed "<source>"`, as the elements do with `src`. */
  source?: string;
  /** The kind of a bare list (a list does not say what it holds); guessed when absent. */
  kind?: ContentKind;
  /**
   * Where the items come from, in messages, when not a feed's URL: `the "quotes" attribute`,
   * for a list given in an element's attribute (the elements' words for it).
   */
  label?: string;
}

/** Why a feed's text is not a feed at all, as the elements' feed errors say it. */
export interface Unreadable {
  kind: Extract<FeedErrorKind, 'html' | 'json' | 'too-large' | 'http' | 'network' | 'timeout' | 'url'> | 'file';
  message: string;
  /** The HTTP status, for an HTTP error. */
  status?: number;
}

const PLURALS: Record<ContentKind, [string, string]> = {
  stories: ['story', 'stories'],
  quotes: ['quote', 'quotes'],
  webinars: ['webinar', 'webinars'],
  ideas: ['idea', 'ideas'],
};

const count = (n: number, [one, other]: readonly [string, string]) => `${n} ${n === 1 ? one : other}`;

/** The words of the elements' error for a document they cannot read as `kinds`. */
export const shapeProblem = (kinds: readonly ContentKind[]) =>
  `expected an array, or an object with a ${kinds
    .map((k) => `"${k}"`)
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1')} array`;

/**
 * The document in a feed's text, or why there is none, by the elements' rules
 * (src/content/feed.ts): an HTML page (a leading `<`, or an HTML content type) is not a
 * feed, whatever it holds; a byte-order mark is no part of the JSON (decode the bytes with
 * `TextDecoder`, which drops it, as browsers do).
 */
export function parseFeed(
  text: string,
  {contentType, status}: {contentType?: string | null; status?: number} = {}
): {data: unknown} | {error: Unreadable} {
  if (/^\s*</.test(text) || /^\s*text\/html/i.test(contentType ?? '')) {
    const by = status === undefined ? 'it is' : `HTTP ${status} answered with`;
    return {error: {kind: 'html', message: `${by} an HTML page, not JSON`}};
  }
  try {
    return {data: JSON.parse(text)};
  } catch (e) {
    // A document nested deeper than the engine's stack is no feed either.
    return {error: {kind: 'json', message: `invalid JSON (${(e as Error).message})`}};
  }
}

/** The elements' words for a feed past the size they read. */
export const tooLarge = (): Unreadable => ({kind: 'too-large', message: `larger than ${MAX_FEED_BYTES} bytes`});

export {MAX_FEED_BYTES};

const short = (text: string) => (text.length > 80 ? text.slice(0, 79) + '…' : text) || undefined;

/** An item's `id` and title (a quote's author) as short plain text, to find it in the file. */
function describe(raw: unknown): {id?: string; title?: string} {
  if (!isObject(raw)) return {};
  const text = (value: unknown): string | undefined => {
    if (isObject(value)) value = value.en ?? Object.values(value).find((v) => typeof v === 'string');
    if (typeof value !== 'string') return undefined;
    return short(plainText(value.slice(0, 1000)));
  };
  const id =
    typeof raw.id === 'string' ? short(raw.id.trim()) : typeof raw.id === 'number' ? String(raw.id) : undefined;
  const title = text(raw.title) ?? text(raw.author) ?? text(raw.name);
  return {...(id && {id}), ...(title && {title})};
}

interface KindResult {
  findings: Finding[];
  count: KindCount;
  /** Fewer is a better guess of a bare list's kind. */
  misfit: number;
}

/** What the element of `type` makes of its list `items`, found at `base` in the document. */
function checkList<T>(items: readonly unknown[], type: ContentType<T>, base: string, label: string): KindResult {
  const findings: Finding[] = [];
  let skipped = 0;
  const good = normalizeItems(items, type, {label}, (message, index, isSkipped, path) => {
    if (isSkipped) skipped++;
    const at = path.startsWith('$') ? path : `${base}[${index}]${path && !path.startsWith('[') ? '.' : ''}${path}`;
    findings.push({
      severity: isSkipped ? 'error' : 'warning',
      path: at,
      kind: type.kind,
      index,
      ...describe(items[index]),
      message,
    });
  }).length;
  // How badly a bare list fits this kind, by its keys (values may be wrong in any kind):
  // required fields missing, and fields the kind does not have.
  let misfit = 0;
  for (const raw of items) {
    if (!isObject(raw)) continue;
    for (const key in type.spec) if (type.spec[key].required && !(key in raw)) misfit++;
    for (const key in raw) if (!(key in type.spec)) misfit++;
  }
  return {findings, count: {items: items.length, shown: good, skipped}, misfit};
}

/**
 * What the elements make of a parsed feed document: every problem, where it is and in their
 * words, and what each kind shows. A JSON Feed feeds stories; a bare list is read as
 * `options.kind`, else as the kind its keys fit best (fewest required fields missing and
 * fields the kind does not have; the first kind of the feed format on a tie).
 */
export function validateFeed(
  data: unknown,
  {source = 'the feed', kind, label: given}: ValidateOptions = {}
): Validation {
  const label = given ?? `the feed "${source}"`;
  const findings: Finding[] = [];
  const kinds: Validation['kinds'] = {};
  const types = kind ? CONTENT_TYPES.filter((t) => t.kind === kind) : CONTENT_TYPES;
  let usable = true;
  let list: Validation['list'];
  const fail = (path: string, kinds: readonly ContentKind[], kind?: ContentKind) => {
    usable = false;
    findings.push({
      severity: 'error',
      path,
      ...(kind && {kind}),
      message: `could not use ${label}: ${shapeProblem(kinds)}.`,
    });
  };
  const add = ({findings: found, count}: KindResult, k: ContentKind) => {
    findings.push(...found);
    kinds[k] = count;
  };

  if (Array.isArray(data)) {
    const results = types.map(
      (type) => [type.kind, checkList(data, type as ContentType<unknown>, '$', label)] as const
    );
    const [bestKind, best] = results.reduce((a, b) => (b[1].misfit < a[1].misfit ? b : a));
    list = {kind: bestKind, guessed: !kind};
    add(best, bestKind);
  } else if (!isObject(data)) {
    fail(
      '$',
      types.map((t) => t.kind)
    );
  } else {
    for (const type of types) {
      const items = selectItems(data, type.kind);
      const key = type.kind;
      if (items) {
        add(
          checkList(items, type as ContentType<unknown>, Array.isArray(data[key]) ? `$.${key}` : '$.items', label),
          key
        );
      } else if (Object.hasOwn(data, key)) {
        // The element of this kind cannot read the document: a key that is not a list.
        fail(`$${member(key)}`, [key], key);
      } else if (key === 'stories' && isJsonFeed(data)) {
        fail('$.items', [key], key);
      }
    }
    if (!Object.keys(kinds).length && usable)
      fail(
        '$',
        types.map((t) => t.kind)
      );
  }

  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const skipped = Object.values(kinds).reduce((sum, c) => sum + c.skipped, 0);
  const parts = Object.entries(kinds).map(([k, c]) => count(c.shown, PLURALS[k as ContentKind]));
  if (!usable && !parts.length) parts.push('not a feed');
  if (skipped) parts.push(`${skipped} skipped`);
  if (warnings) parts.push(count(warnings, ['warning', 'warnings']));
  return {usable, ...(list && {list}), kinds, findings, errors, warnings, summary: parts.join(', ')};
}
