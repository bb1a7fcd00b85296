/**
 * How a `<cm-ideas-map for="…">` follows a `<cm-ideas-index>`. Internal, never public API:
 * the index offers it under a symbol, so the map can follow every change of its results
 * (the feed arriving, code setting a filter, the visitor typing) while the index's `cm-*`
 * events stay what the house rules make them, a record of what the visitor did.
 * `Symbol.for`: a map and an index from two copies of the library still link.
 */
import type {Idea} from '../content/types.js';

export const INDEX_LINK = Symbol.for('cm-widgets.index-link');

/** What an index shows a map. */
export interface IndexResults {
  /** The index is still loading its ideas: the map shows its loading state too. */
  loading: boolean;
  /**
   * The ideas that match the search, theme and country, in list order. Not the city
   * filter: the map keeps every city there is to choose, the chosen one marked.
   */
  ideas: readonly Idea[];
  /** The key of the chosen city (`cityKey` in ideas-map/cities.ts), or ''. */
  city: string;
}

export interface IndexLink {
  /**
   * Calls `listener` now and after each update of the index (the results may be the same:
   * the listener compares); returns the function that stops it.
   */
  follow(listener: (results: IndexResults) => void): () => void;
  /**
   * The visitor chose a city on the map (a city key; '' clears): the index filters by it as
   * by any filter of its own — a history step with `sync-url`, and `cm-filter-change`.
   */
  choose(city: string): void;
}

/** An element that offers the link (`<cm-ideas-index>`). */
export interface LinkableIndex extends HTMLElement {
  [INDEX_LINK]: IndexLink;
}
