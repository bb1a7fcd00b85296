import type {VideoHost} from '../content/types.js';

/** Dispatches a `cm-*` event the way every element does: bubbling and composed. */
export function fire<T>(target: EventTarget, type: `cm-${string}`, detail: T) {
  target.dispatchEvent(new CustomEvent<T>(type, {detail, bubbles: true, composed: true}));
}

/** Detail of `cm-error`: a feed could not be loaded or used. */
export interface CmErrorDetail {
  /** A `FeedError` (with its `kind` and HTTP `status`) for every failure the element detects. */
  error: Error;
  /** The feed URL, as given in `src`. */
  src: string;
}

/** Detail of `cm-change` (`<cm-quote-rotator>`): the index of the quote now shown. */
export interface CmChangeDetail {
  index: number;
}

/** Detail of `cm-play` (`<cm-webinar-card>`): the visitor pressed play. */
export interface CmPlayDetail {
  host: VideoHost;
  id: string;
}

/** Detail of `cm-filter-change` (`<cm-ideas-index>`): the search and filters the visitor set, and the result count. */
export interface FilterChangeDetail {
  query: string;
  theme: string;
  country: string;
  /** The city filter (set by the visitor on a linked map, or through its chip); '' for all. */
  city: string;
  count: number;
}

/**
 * Detail of `cm-city-select` (`<cm-ideas-map>`): the city the visitor chose (its name and
 * country as the feed writes them, in English where the feed translates them) and its number
 * of ideas; all empty (and 0) when they cleared the choice.
 */
export interface CitySelectDetail {
  city: string;
  country: string;
  count: number;
}

export type CmErrorEvent = CustomEvent<CmErrorDetail>;
export type CmChangeEvent = CustomEvent<CmChangeDetail>;
export type CmPlayEvent = CustomEvent<CmPlayDetail>;
export type CmFilterChangeEvent = CustomEvent<FilterChangeDetail>;
export type CmCitySelectEvent = CustomEvent<CitySelectDetail>;

// Typed addEventListener('cm-…') on any element, for npm consumers.
declare global {
  interface HTMLElementEventMap {
    'cm-error': CmErrorEvent;
    'cm-change': CmChangeEvent;
    'cm-play': CmPlayEvent;
    'cm-filter-change': CmFilterChangeEvent;
    'cm-city-select': CmCitySelectEvent;
  }
}
