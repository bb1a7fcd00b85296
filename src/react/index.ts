/**
 * @citiesofmigration/widgets/react — React components for the five elements, made with
 * `@lit/react`. Each one sets the element's JS properties (`story`, `quotes`, `webinar`,
 * `ideas`, …) rather than attributes, turns `cm-*` events into typed `onCm…` props, and
 * forwards its `ref` to the element (to call `next()`, `pause()`, …).
 *
 * Importing this module defines the five elements. React itself is not bundled: it is the
 * app's own copy (a peer dependency).
 *
 * ```tsx
 * import {CmQuoteRotator} from '@citiesofmigration/widgets/react';
 *
 * <CmQuoteRotator src="/content.json" autoplay onCmChange={(e) => console.log(e.detail.index)} />
 * ```
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {CmFeaturedStory as CmFeaturedStoryElement} from '../featured-story/featured-story.js';
import {CmIdeasIndex as CmIdeasIndexElement} from '../ideas-index/ideas-index.js';
import {CmIdeasMap as CmIdeasMapElement} from '../ideas-map/ideas-map.js';
import {CmQuoteRotator as CmQuoteRotatorElement} from '../quote-rotator/quote-rotator.js';
import {CmWebinarCard as CmWebinarCardElement} from '../webinar-card/webinar-card.js';
import type {VideoHost} from '../content/types.js';
import type {
  CmChangeEvent,
  CmCitySelectEvent,
  CmErrorEvent,
  CmFilterChangeEvent,
  CmPlayEvent,
  FilterChangeDetail,
} from '../internal/events.js';

export type {FilterChangeDetail, VideoHost};
export type {
  CitySelectDetail,
  CmChangeDetail,
  CmChangeEvent,
  CmCitySelectEvent,
  CmErrorDetail,
  CmErrorEvent,
  CmFilterChangeEvent,
  CmPlayDetail,
  CmPlayEvent,
} from '../internal/events.js';

const onCmError = 'cm-error' as EventName<CmErrorEvent>;

/** One wrapper: the element's class, its tag and display name, and its events besides cm-error. */
const wrap = <I extends HTMLElement, E extends Record<string, EventName>>(
  tagName: string,
  elementClass: new () => I,
  displayName: string,
  events: E
) => createComponent({react: React, tagName, elementClass, displayName, events: {...events, onCmError}});

/** `<cm-featured-story>`: props `story`, `heading`, `href`, `src`, …; `onCmError`. */
export const CmFeaturedStory = wrap('cm-featured-story', CmFeaturedStoryElement, 'CmFeaturedStory', {});

/** `<cm-quote-rotator>`: props `quotes`, `src`, `autoplay`, `interval`, …; `onCmChange`, `onCmError`. */
export const CmQuoteRotator = wrap('cm-quote-rotator', CmQuoteRotatorElement, 'CmQuoteRotator', {
  onCmChange: 'cm-change' as EventName<CmChangeEvent>,
});

/** `<cm-webinar-card>`: props `webinar`, `heading`, `video`, `src`, …; `onCmPlay`, `onCmError`. */
export const CmWebinarCard = wrap('cm-webinar-card', CmWebinarCardElement, 'CmWebinarCard', {
  onCmPlay: 'cm-play' as EventName<CmPlayEvent>,
});

/** `<cm-ideas-index>`: props `ideas`, `src`, `query`, `theme`, `country`, …; `onCmFilterChange`, `onCmError`. */
export const CmIdeasIndex = wrap('cm-ideas-index', CmIdeasIndexElement, 'CmIdeasIndex', {
  onCmFilterChange: 'cm-filter-change' as EventName<CmFilterChangeEvent>,
});

/**
 * `<cm-ideas-map>`: props `ideas`, `src`, `htmlFor` (the index's id), `label`, …;
 * `onCmCitySelect`, `onCmError`.
 */
export const CmIdeasMap = wrap('cm-ideas-map', CmIdeasMapElement, 'CmIdeasMap', {
  onCmCitySelect: 'cm-city-select' as EventName<CmCitySelectEvent>,
});
