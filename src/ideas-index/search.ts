/**
 * The search behind `<cm-ideas-index>`, without the DOM: folding, tokenizing, the index
 * (built at once or in time-boxed slices), matching, facet counts, sorting and the ranges
 * to highlight. Typing only scans strings folded once here, and counts facets in the same
 * pass, so a keystroke stays in the low milliseconds at 10,000 ideas.
 */
import {resolveText} from '../content/text.js';
import type {Idea, LocalizedText} from '../content/types.js';

// Letters that Unicode decomposition leaves whole, written the way a visitor without the
// key types them: "Łódź" → "lodz", "Straße" → "strasse", "Æbeltoft" → "aebeltoft".
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  ŋ: 'n',
  ſ: 's',
  ĸ: 'k',
  ς: 'σ',
};
const SPECIAL = /[ßæœøłđðþıħŧŀŋſĸς]/g;
const MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARK = /\p{M}/u;

// Most text is ASCII: it only needs lower case, and the Unicode regexps can be skipped.
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;
const ASCII_NON_WORD = /[^a-z0-9]+/g;

/**
 * Case- and accent-insensitive form of a text: lower case, compatibility decomposition
 * (NFKD: "é" → "e" + accent, "ﬁ" → "fi") without the marks, and the letters above.
 */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFKD').replace(MARKS, '').replace(SPECIAL, (c) => LETTERS[c]);
}

/** A folded text's words separated by single spaces. */
function words(folded: string): string {
  return (NON_ASCII.test(folded) ? folded.replace(NON_WORD, ' ') : folded.replace(ASCII_NON_WORD, ' ')).trim();
}

/** The words of a text, folded, as " w1 w2 … ": a prefix test is then one `includes`. */
function haystack(parts: readonly string[]): string {
  return ` ${words(fold(parts.join(' ')))} `;
}

/** Every word of a query, folded, once each: what to highlight. */
export function queryWords(query: string): string[] {
  // A pasted novel is not a query: the first 100 words are plenty.
  return [...new Set(fold(query.slice(0, 2000)).split(NON_WORD).filter(Boolean))].slice(0, 100);
}

/**
 * The words of a query to match. A word that is the prefix of another adds nothing (the
 * longer one must match the same word anyway) and is left out; longest first, as the
 * longest word is usually the rarest and fails soonest.
 */
export function queryTokens(query: string): string[] {
  const words = queryWords(query);
  return words
    .filter((w) => !words.some((o) => o !== w && o.startsWith(w)))
    .sort((a, b) => b.length - a.length);
}

export type SortOrder = 'relevance' | 'title' | 'newest';
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'title', 'newest'];

/** One value of a facet (a theme, a country, a region). */
export interface FacetValue {
  /** Stable identity: the English (else first) text, as first seen. Used in URLs and events. */
  key: string;
  /** The text to show, resolved per page language. */
  label: LocalizedText;
}

/** The values of a facet, each with a number id, found case- and accent-insensitively. */
export class Facet {
  readonly values: FacetValue[] = [];
  private readonly ids = new Map<string, number>();
  // The same few strings come back thousands of times: fold each once.
  private readonly seen = new Map<string, number>();

  /** The id of a text, adding it when new. */
  add(text: LocalizedText): number {
    const key = typeof text === 'string' ? text : canonical(text);
    let id = this.seen.get(key);
    if (id === undefined) {
      const folded = words(fold(key));
      id = this.ids.get(folded);
      if (id === undefined) {
        id = this.values.length;
        this.ids.set(folded, id);
        this.values.push({key, label: text});
      }
      this.seen.set(key, id);
    }
    // A translated label is worth more than a plain one for the same value.
    if (typeof text !== 'string' && typeof this.values[id].label === 'string') this.values[id].label = text;
    return id;
  }

  /**
   * The id of a value a webmaster or a link gave (`theme="housing"`, `cm-theme=Logement`):
   * its key or any of its translations, ignoring case and accents; -1 when none.
   */
  find(value: string): number {
    const folded = words(fold(value));
    if (!folded) return -1;
    const id = this.ids.get(folded);
    if (id !== undefined) return id;
    return this.values.findIndex(
      ({label}) => typeof label !== 'string' && Object.values(label).some((t) => words(fold(t)) === folded)
    );
  }
}

/** The language-independent identity of a text: its English version, else its first. */
function canonical(text: LocalizedText): string {
  return typeof text === 'string' ? text : (resolveText(text, 'en')?.text ?? '');
}

/** Everything a keystroke needs, precomputed once per list of ideas and page language. */
export interface SearchIndex {
  readonly lang: string;
  /** Ideas in the list. */
  readonly total: number;
  /** Ideas whose text is folded so far (`total` once complete): only those are searched. */
  size: number;
  /** True once every idea is folded and the sort orders are ready. */
  complete: boolean;
  /** Per idea: all its searchable words, then its title's words alone. */
  readonly text: string[];
  readonly title: string[];
  /** Per idea: facet ids (-1: none). */
  readonly country: Int32Array;
  readonly region: Int32Array;
  readonly themes: Int32Array[];
  readonly themeFacet: Facet;
  readonly countryFacet: Facet;
  readonly regionFacet: Facet;
  /** Idea positions sorted by title (page language collation), and newest year first. */
  byTitle?: Int32Array;
  byNewest?: Int32Array;
}

const NO_THEMES = new Int32Array(0);
const RUN = 256;

/**
 * A bottom-up merge sort of 0…n-1 that can stop anywhere: sorting 10,000 titles with a
 * locale collator takes ~50–70 ms here, too long for one frame. Runs of 256 are sorted
 * whole (~1 ms each); merges stop and resume every 512 items.
 */
class ChunkedSort {
  private a: Int32Array;
  private b: Int32Array;
  private width = 0;
  // The merge in progress: its bounds and its three cursors.
  private lo = 0;
  private mid = 0;
  private hi = 0;
  private i = 0;
  private j = 0;
  private k = 0;

  constructor(
    private readonly n: number,
    private readonly compare: (x: number, y: number) => number
  ) {
    this.a = Int32Array.from({length: n}, (_, i) => i);
    this.b = new Int32Array(n);
  }

  /** Sorts until the deadline; returns the order once done. */
  step(deadline: number, now: () => number): Int32Array | undefined {
    const {n, compare} = this;
    for (;;) {
      if (this.width === 0) {
        this.a.subarray(this.lo, Math.min(this.lo + RUN, n)).sort(compare);
        this.lo += RUN;
        if (this.lo >= n) {
          this.width = RUN;
          this.startMerge(0);
        }
      } else {
        if (this.width >= n) return this.a;
        const {a, b, mid, hi} = this;
        let {i, j, k} = this;
        const stop = Math.min(k + 512, hi);
        while (k < stop) {
          if (i < mid && (j >= hi || compare(a[i], a[j]) <= 0)) b[k++] = a[i++];
          else b[k++] = a[j++];
        }
        [this.i, this.j, this.k] = [i, j, k];
        if (k >= hi) {
          if (hi >= n) {
            [this.a, this.b] = [b, a];
            this.width *= 2;
            this.startMerge(0);
          } else {
            this.startMerge(hi);
          }
        }
      }
      if (now() >= deadline) return this.width >= n ? this.a : undefined;
    }
  }

  private startMerge(lo: number) {
    const {n, width} = this;
    this.lo = this.i = this.k = lo;
    this.mid = this.j = Math.min(lo + width, n);
    this.hi = Math.min(lo + 2 * width, n);
  }
}

/**
 * Builds a {@link SearchIndex} in slices. The facets are read at once (short, repeated
 * texts: a few milliseconds at 10,000 ideas, and the filters need them to check `theme`
 * and `country`); folding every idea's text and sorting are done by
 * {@link IndexBuilder.step}, which stops at a deadline so that the caller can yield to the
 * browser between slices and show the results found so far.
 */
export class IndexBuilder {
  readonly index: SearchIndex;
  private readonly titles: string[] = [];
  private readonly collator: Intl.Collator;
  private titleSort?: ChunkedSort;

  constructor(
    private readonly ideas: readonly Idea[],
    lang: string
  ) {
    const n = ideas.length;
    const themeFacet = new Facet();
    const countryFacet = new Facet();
    const regionFacet = new Facet();
    const country = new Int32Array(n);
    const region = new Int32Array(n);
    const themes: Int32Array[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const idea = ideas[i];
      country[i] = countryFacet.add(idea.country);
      region[i] = idea.region ? regionFacet.add(idea.region) : -1;
      const list = idea.themes;
      if (!list?.length) themes[i] = NO_THEMES;
      else if (list.length === 1) themes[i] = Int32Array.of(themeFacet.add(list[0]));
      else themes[i] = Int32Array.from(new Set(list.map((t) => themeFacet.add(t))));
    }
    this.index = {
      lang,
      total: n,
      size: 0,
      complete: n === 0,
      text: new Array(n),
      title: new Array(n),
      country,
      region,
      themes,
      themeFacet,
      countryFacet,
      regionFacet,
    };
    try {
      this.collator = new Intl.Collator(lang, {numeric: true});
    } catch {
      this.collator = new Intl.Collator('en', {numeric: true});
    }
    if (n === 0) this.index.byTitle = this.index.byNewest = new Int32Array(0);
  }

  /**
   * Works until `deadline` (a `now()` value) or the end; returns true once complete.
   * Each call makes some progress, so a slow machine still finishes.
   */
  step(deadline = Infinity, now: () => number = () => performance.now()): boolean {
    const index = this.index;
    if (index.complete) return true;
    const {ideas, titles} = this;
    const lang = index.lang;
    const tr = (v: LocalizedText | undefined, itemLang?: string) =>
      v === undefined ? '' : (resolveText(v, lang, itemLang)?.text ?? '');
    while (index.size < index.total) {
      // Some ideas between clock reads: reading the clock is not free either.
      const end = Math.min(index.size + 32, index.total);
      for (let i = index.size; i < end; i++) {
        const idea = ideas[i];
        const l = idea.lang;
        const title = tr(idea.title, l);
        titles[i] = title;
        index.title[i] = haystack([title]);
        index.text[i] = haystack([
          title,
          tr(idea.summary, l),
          tr(idea.city, l),
          tr(idea.country, l),
          tr(idea.region, l),
          tr(idea.organization, l),
          ...(idea.themes ?? []).map((t) => tr(t, l)),
        ]);
      }
      index.size = end;
      if (now() >= deadline) return false;
    }
    if (!index.byTitle) {
      const compare = this.collator.compare;
      this.titleSort ??= new ChunkedSort(index.total, (a, b) => compare(titles[a], titles[b]) || a - b);
      index.byTitle = this.titleSort.step(deadline, now);
      if (!index.byTitle || now() >= deadline) return false;
    }
    index.byNewest = newestFirst(ideas, index.byTitle);
    index.complete = true;
    return true;
  }
}

/** Newest year first, then by title; ideas without a year last. A bucket sort: O(n). */
function newestFirst(ideas: readonly Idea[], byTitle: Int32Array): Int32Array {
  const buckets = new Map<number, number[]>();
  for (const i of byTitle) {
    const year = ideas[i].year ?? -Infinity;
    let bucket = buckets.get(year);
    if (!bucket) buckets.set(year, (bucket = []));
    bucket.push(i);
  }
  const years = [...buckets.keys()].sort((a, b) => b - a);
  return Int32Array.from(years.flatMap((y) => buckets.get(y)!));
}

/** Builds a whole index at once (tests, small lists). */
export function buildIndex(ideas: readonly Idea[], lang = 'en'): SearchIndex {
  const builder = new IndexBuilder(ideas, lang);
  builder.step();
  return builder.index;
}

/** What to look for: query words (see {@link queryTokens}) and facet ids (-1: any). */
export interface SearchQuery {
  tokens: readonly string[];
  theme?: number;
  country?: number;
  region?: number;
  sort?: SortOrder;
}

export interface SearchResult {
  /** Positions of the matching ideas, in display order. */
  ids: number[];
  /**
   * Per facet value: how many ideas it would give, combined with the query and the other
   * facets' filters (a facet's own filter is left out, so its options can be compared).
   */
  themeCounts: Uint32Array;
  countryCounts: Uint32Array;
  regionCounts: Uint32Array;
}

function matches(hay: string, tokens: readonly string[]): boolean {
  for (let t = 0; t < tokens.length; t++) if (!hay.includes(tokens[t])) return false;
  return true;
}

/**
 * The ideas the last query matched (its words only, before filters), per index. Typing
 * mostly lengthens the query: when every earlier word is a prefix of the word now in its
 * place, the new matches are among the old ones, and only those need testing again.
 */
interface LastMatch {
  tokens: readonly string[];
  order: Int32Array | undefined;
  size: number;
  matched: Int32Array;
}
const lastMatch = new WeakMap<SearchIndex, LastMatch>();

function narrows(last: LastMatch | undefined, tokens: readonly string[], order: Int32Array | undefined, size: number) {
  return (
    !!last &&
    last.order === order &&
    last.size === size &&
    last.tokens.length > 0 &&
    last.tokens.length <= tokens.length &&
    last.tokens.every((t, j) => tokens[j].startsWith(t))
  );
}

/**
 * Filters, counts and sorts in one pass over the folded ideas. Relevance puts ideas with
 * more query words in their title first, and keeps list order within a tier (a counting
 * sort, not a comparison sort); the title and newest orders are precomputed, so they cost
 * nothing here.
 */
export function search(index: SearchIndex, query: SearchQuery): SearchResult {
  // " word": the start of a word in the haystack.
  const tokens = query.tokens.map((t) => ` ${t}`);
  const theme = query.theme ?? -1;
  const country = query.country ?? -1;
  const region = query.region ?? -1;
  const sort = query.sort ?? 'relevance';
  // Deleting back returns to queries just answered: those come from a small cache.
  const key = `${index.size}|${index.complete}|${sort}|${theme}|${country}|${region}|${tokens.join('')}`;
  let cache = recent.get(index);
  if (!cache) recent.set(index, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;
  const result = searchNow(index, tokens, theme, country, region, sort);
  if (cache.size >= RECENT) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

const RECENT = 64;
const recent = new WeakMap<SearchIndex, Map<string, SearchResult>>();

function searchNow(
  index: SearchIndex,
  tokens: string[],
  theme: number,
  country: number,
  region: number,
  sort: SortOrder
): SearchResult {
  const themeCounts = new Uint32Array(index.themeFacet.values.length);
  const countryCounts = new Uint32Array(index.countryFacet.values.length);
  const regionCounts = new Uint32Array(index.regionFacet.values.length);
  const order =
    index.complete && sort === 'title'
      ? index.byTitle
      : index.complete && sort === 'newest'
        ? index.byNewest
        : undefined;
  const scored = sort === 'relevance' && tokens.length > 0;
  const tiers: number[][] = scored ? Array.from({length: tokens.length + 1}, () => []) : [];
  const ids: number[] = [];
  const {text, title, themes} = index;
  const last = lastMatch.get(index);
  const candidates = narrows(last, tokens, order, index.size) ? last!.matched : undefined;
  const n = candidates ? candidates.length : index.size;
  const matched = new Int32Array(n);
  let found = 0;
  for (let k = 0; k < n; k++) {
    const i = candidates ? candidates[k] : order ? order[k] : k;
    // The title is part of `text`; a title match alone already answers.
    if (tokens.length && !matches(text[i], tokens)) continue;
    matched[found++] = i;
    const ideaThemes = themes[i];
    let themeOk = theme < 0;
    if (!themeOk) for (let t = 0; t < ideaThemes.length; t++) if (ideaThemes[t] === theme) themeOk = true;
    const c = index.country[i];
    const r = index.region[i];
    const countryOk = country < 0 || c === country;
    const regionOk = region < 0 || r === region;
    if (countryOk && regionOk) for (let t = 0; t < ideaThemes.length; t++) themeCounts[ideaThemes[t]]++;
    if (themeOk && regionOk) countryCounts[c]++;
    if (themeOk && countryOk && r >= 0) regionCounts[r]++;
    if (!(themeOk && countryOk && regionOk)) continue;
    if (scored) {
      let score = 0;
      for (let t = 0; t < tokens.length; t++) if (title[i].includes(tokens[t])) score++;
      tiers[tokens.length - score].push(i);
    } else {
      ids.push(i);
    }
  }
  lastMatch.set(index, {tokens, order, size: index.size, matched: matched.subarray(0, found)});
  return {ids: scored ? tiers.flat() : ids, themeCounts, countryCounts, regionCounts};
}

/**
 * Where to highlight a query in a text as shown: `[start, end)` ranges, in the original
 * string, of the part of each word that a query word is a prefix of ("Intégration" for
 * "integr" gives the range of "Intégr"). Computed only for the few cards on screen.
 */
export function highlightRanges(textShown: string, tokens: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  if (!tokens.length || !textShown) return ranges;
  for (const m of textShown.matchAll(WORD)) {
    const word = m[0];
    const folded = fold(word);
    let longest = 0;
    for (const t of tokens) if (t.length > longest && folded.startsWith(t)) longest = t.length;
    if (!longest) continue;
    // The shortest prefix of the word as written whose folded form covers the query word.
    let end = 1;
    while (end < word.length && fold(word.slice(0, end)).length < longest) end++;
    // Keep a letter with its accents and surrogate halves together.
    while (end < word.length && (MARK.test(word[end]) || isLowSurrogate(word.charCodeAt(end)))) end++;
    ranges.push([m.index!, m.index! + end]);
  }
  return ranges;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
