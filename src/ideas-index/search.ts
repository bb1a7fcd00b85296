/**
 * The search behind `<cm-ideas-index>`, without the DOM: folding, the index (each idea's
 * words folded once, its facets), matching and facet counts. A keystroke only scans strings
 * folded beforehand and counts the facets in the same pass, so it stays in the low
 * milliseconds at 10,000 ideas.
 */
import {fold} from '../content/fold.js';
import {resolveText} from '../content/text.js';
import type {Idea, LocalizedText} from '../content/types.js';
import {cityKey, identity} from '../ideas-map/city-key.js';
import {intl} from '../localization/localize.js';

const searchTexts = new WeakMap<Idea, string>();

/**
 * " All the words " of an idea that a search looks in, folded, in every language the idea
 * has (a visitor may type a theme's English name on a French page). Folded once per idea:
 * the element does it while normalizing its items, in the content controller's slices, so a
 * 10,000-idea feed never blocks the page.
 */
export function searchText(idea: Idea): string {
  let text = searchTexts.get(idea);
  if (text == null) {
    const {title, summary, city, country, region, organization, themes = []} = idea;
    const texts = [title, summary, city, country, region, organization, ...themes].map((v) =>
      typeof v === 'object' ? Object.values(v) : v
    );
    searchTexts.set(idea, (text = ` ${fold(texts.flat().join(' '))} `));
  }
  return text;
}

/** The words of a query, folded, once each. A pasted novel is not a query: 100 words at most. */
export const queryWords = (query: string) =>
  [...new Set(fold(query.slice(0, 2000)).split(' '))].filter(Boolean).slice(0, 100);

/** A text's values in every language it has. */
const texts = (text: LocalizedText) => (typeof text === 'string' ? [text] : Object.values(text));

/** The English text, else the first: a value's key. */
const english = (text: LocalizedText) => resolveText(text, 'en')!.text;

/**
 * The values of a filter, merged when they differ only in case, accents or translation:
 * themes and countries by their text, cities as the map groups them (city and country by
 * {@link cityKey}: "Montreal" and "Montréal" are one city, London in Canada is not London in
 * England, and a city's count in the index is its count on the map). `keys` are their values
 * for attributes, URLs and events: the English (else first) text as first seen, and for a
 * city its country too, `Montréal, Canada`. `labels` name them on the page: a theme's or a
 * country's text, one of a city's ideas (the first with a translated name, else the first).
 */
export class Facet<Label> {
  keys: string[] = [];
  labels: Label[] = [];
  /** Value ids in the order of their labels in the page language (themes and countries). */
  order: number[] = [];
  /** Value ids by identity (folded once per name: the same few come back thousands of times). */
  ids = new Map<string, number>();

  /**
   * @param identify What makes two labels one value.
   * @param key A new value's key.
   * @param name The name in a label, in one language or several.
   */
  constructor(
    private readonly identify: (label: Label) => string,
    private readonly key: (label: Label) => string,
    private readonly name: (label: Label) => LocalizedText
  ) {}

  /** The id of a label's value, adding it when new. */
  add(label: Label): number {
    const identity = this.identify(label);
    let id = this.ids.get(identity);
    if (id === undefined) this.ids.set(identity, (id = this.keys.push(this.key(label)) - 1));
    // A translated name is worth more than a plain one for the same value.
    if (typeof this.name(label) !== 'string' || !this.labels[id]) this.labels[id] = label;
    return id;
  }

  /**
   * The id of a value a webmaster or a link gave (`theme="housing"`, `cm-theme=Logement`,
   * `cm-city=London, Canada`, `city="montréal"`): its key, or its name in any language (the
   * first value of that name), ignoring case and accents; -1 when none.
   */
  find(value: string): number {
    const f = fold(value);
    const id = this.keys.findIndex((key) => fold(key) === f);
    return id < 0 ? this.labels.findIndex((label) => texts(this.name(label)).some((name) => fold(name) === f)) : id;
  }
}

const textFacet = () => new Facet<LocalizedText>(identity, english, (text) => text);

export type FacetName = 'theme' | 'country';
export type FilterName = FacetName | 'city';

export interface SearchResult {
  /** Positions of the matching ideas, in list order. */
  ids: number[];
  /** The ideas that match all but the city filter, in list order (what a linked map shows). */
  placed: Idea[];
  /**
   * Per facet value: how many ideas it would give with the query and the other facet's
   * filter (its own filter is left out, so that its options can be compared).
   */
  counts: Record<FacetName, Uint32Array>;
}

/** Everything a keystroke needs, for one list of ideas in one page language. */
export class SearchIndex {
  facets = {
    theme: textFacet(),
    country: textFacet(),
    city: new Facet<Idea>(
      cityKey,
      (idea) => `${english(idea.city)}, ${english(idea.country)}`,
      (idea) => idea.city
    ),
  };
  /** Per idea: its theme ids, its country id and its city id. */
  theme: number[][];
  country: number[];
  city: number[];
  /** Per idea: its searchText (a prefix test is one `includes`). */
  text: string[];

  constructor(
    readonly ideas: readonly Idea[],
    readonly lang: string
  ) {
    // Short, repeated texts: a few milliseconds at 10,000 ideas.
    const {theme, country, city} = this.facets;
    this.theme = ideas.map((i) => [...new Set(i.themes?.map((t) => theme.add(t)))]);
    this.country = ideas.map((i) => country.add(i.country));
    this.city = ideas.map((i) => city.add(i));
    this.text = ideas.map(searchText);
    const collator = intl(Intl.Collator, lang);
    const label = (v: LocalizedText) => resolveText(v, lang)!.text;
    for (const f of [theme, country]) {
      f.order = [...f.keys.keys()].sort((a, b) => collator.compare(label(f.labels[a]), label(f.labels[b])));
    }
  }

  /** The ideas that have every word as the start of a word, with the filters (-1: any). */
  search(words: string[], {theme, country, city = -1}: Record<FacetName, number> & {city?: number}): SearchResult {
    const counts = {
      theme: new Uint32Array(this.facets.theme.keys.length),
      country: new Uint32Array(this.facets.country.keys.length),
    };
    const tokens = words.map((w) => ` ${w}`);
    const ids: number[] = [];
    const placed: Idea[] = [];
    this.text.forEach((text, i) => {
      if (!tokens.every((t) => text.includes(t))) return;
      const themes = this.theme[i];
      const c = this.country[i];
      const themeOk = theme < 0 || themes.includes(theme);
      const countryOk = country < 0 || c === country;
      const cityOk = city < 0 || this.city[i] === city;
      if (countryOk && cityOk) for (const t of themes) counts.theme[t]++;
      if (themeOk && cityOk) counts.country[c]++;
      if (themeOk && countryOk) {
        placed.push(this.ideas[i]);
        if (cityOk) ids.push(i);
      }
    });
    return {ids, placed, counts};
  }
}
