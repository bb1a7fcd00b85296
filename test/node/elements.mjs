// What the elements make of a feed, seen from Node: the one module of the Node tests that
// reaches into the library. It reads the npm build (dist/, made by `rollup -c`), so a
// rename in src/content/ is fixed here and nowhere else.
import {existsSync} from 'node:fs';

const dist = new URL('../../dist/content/', import.meta.url);
if (!existsSync(new URL('normalize.js', dist))) {
  throw new Error(`${dist.pathname}normalize.js is missing: run \`npx rollup -c\` (or \`npm run build\`) first`);
}
const {normalize, STORY, QUOTE, WEBINAR, IDEA, selectItems} = await import(new URL('normalize.js', dist).href);

/** The elements' test of a language tag (text fields' keys, `lang`). */
export const {LANG_TAG} = await import(new URL('text.js', dist).href);
/** The elements' URL check: the URL to use, or undefined when it is refused. */
export const {safeUrl} = await import(new URL('url.js', dist).href);

/** The four kinds of content, as feed keys. */
export const KINDS = ['stories', 'quotes', 'webinars', 'ideas'];

const SPECS = {stories: STORY, quotes: QUOTE, webinars: WEBINAR, ideas: IDEA};

/**
 * The most items an element shows; past it, it shows the first ones with a warning
 * (`max` of <cm-quote-rotator>'s ContentController in src/quote-rotator/quote-rotator.ts).
 */
export const MAX_ITEMS = {quotes: 100};

/**
 * What the element of `kind` does with one raw item: `show` (kept, no warning), `warn`
 * (kept, but a field was dropped with a warning) or `skip`; `problems` are the normalizer's
 * own words (the skip reason, or each warning).
 */
export function itemVerdict(kind, raw) {
  const problems = [];
  const result = normalize(raw, SPECS[kind], (problem) => problems.push(problem));
  if (typeof result === 'string') return {verdict: 'skip', problems: [result]};
  return {verdict: problems.length ? 'warn' : 'show', problems, item: result};
}

/**
 * What the elements do with a whole feed document. A bare array is read as a list of
 * `kind` (an array does not say its kind; without `kind`, an item passes when some kind
 * shows it). `ok` is true when every element that reads the document shows every item
 * without a warning; `problems` say what is wrong, with the item's index.
 */
export function documentVerdict(data, kind) {
  const problems = [];
  const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
  if (Array.isArray(data) && !kind) {
    data.forEach((raw, index) => {
      if (!KINDS.some((k) => itemVerdict(k, raw).verdict === 'show')) problems.push(`#${index}: no element shows it`);
    });
    return {ok: !problems.length, problems};
  }
  const kinds = Array.isArray(data) ? [kind] : KINDS;
  const lists = kinds.map((k) => [k, selectItems(data, k)]).filter(([, items]) => items);
  if (!lists.length) problems.push('no element can read it (wrong shape)');
  // An object may feed several elements: a kind's key that is not a list breaks that element.
  if (isObject)
    for (const k of KINDS) if (Object.hasOwn(data, k) && !Array.isArray(data[k])) problems.push(`"${k}" is not a list`);
  for (const [k, items] of lists) {
    if (items.length > (MAX_ITEMS[k] ?? Infinity)) problems.push(`${k}: more than ${MAX_ITEMS[k]}`);
    items.forEach((raw, index) => {
      const {verdict, problems: found} = itemVerdict(k, raw);
      if (verdict !== 'show') problems.push(`${k} #${index}: ${verdict}: ${found.join('; ')}`);
    });
  }
  return {ok: !problems.length, problems};
}
