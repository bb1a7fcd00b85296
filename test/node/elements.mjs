// What the elements make of a feed, seen from Node: the one module of the Node tests that
// reaches into the library. It reads the npm build (dist/, made by `rollup -c`), so a
// rename in src/content/ is fixed here and nowhere else.
import {existsSync} from 'node:fs';

const dist = new URL('../../dist/content/', import.meta.url);
if (!existsSync(new URL('normalize.js', dist))) {
  throw new Error(`${dist.pathname}normalize.js is missing: run \`npx rollup -c\` (or \`npm run build\`) first`);
}
const {readItem, STORY, QUOTE, WEBINAR, IDEA} = await import(new URL('normalize.js', dist).href);
/** The validator's core: the elements' rules on a whole document (src/content/validate.ts). */
export const {validateFeed, parseFeed} = await import(new URL('validate.js', dist).href);

/** The elements' test of a language tag (text fields' keys, `lang`). */
export const {LANG_TAG} = await import(new URL('text.js', dist).href);
/** The elements' URL check: the URL to use, or undefined when it is refused. */
export const {safeUrl} = await import(new URL('url.js', dist).href);
/** The elements' date rule: the date as every engine reads it, or undefined; and whether it has an offset. */
export const {readDate, hasOffset} = await import(new URL('date.js', dist).href);

/** The four kinds of content, as feed keys. */
export const KINDS = ['stories', 'quotes', 'webinars', 'ideas'];

const SPECS = {stories: STORY, quotes: QUOTE, webinars: WEBINAR, ideas: IDEA};

/**
 * What the element of `kind` does with one raw item: `show` (kept, no warning), `warn`
 * (kept, but a field was dropped with a warning) or `skip`; `problems` are the normalizer's
 * own words (the skip reason, or each warning).
 */
export function itemVerdict(kind, raw) {
  const problems = [];
  let skipped = false;
  const item = readItem(raw, SPECS[kind], (problem, path, skip) => {
    problems.push(problem);
    skipped ||= skip;
  });
  if (skipped) return {verdict: 'skip', problems};
  return {verdict: problems.length ? 'warn' : 'show', problems, item};
}

/**
 * What the elements do with a whole feed document. A bare array is read as a list of
 * `kind` (an array does not say its kind; without `kind`, an item passes when some kind
 * shows it). `ok` is true when every element that reads the document shows every item
 * without a warning; `problems` say what is wrong, with the JSON path. For a document the
 * validator's core speaks for the elements: it runs their rules, and the document-level
 * checks they make (wrong shape, a kind that is not a list, more quotes than the rotator
 * shows).
 */
export function documentVerdict(data, kind) {
  if (Array.isArray(data) && !kind) {
    const problems = [];
    data.forEach((raw, index) => {
      if (!KINDS.some((k) => itemVerdict(k, raw).verdict === 'show')) problems.push(`#${index}: no element shows it`);
    });
    return {ok: !problems.length, problems};
  }
  const {findings} = validateFeed(data, {kind: Array.isArray(data) ? kind : undefined});
  return {ok: !findings.length, problems: findings.map((f) => `${f.path}: ${f.message}`)};
}
