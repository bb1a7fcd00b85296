/**
 * @citiesofmigration/widgets/react — React components for the four elements, made with
 * `@lit/react`. Each one sets the element's JS properties (`story`, `quotes`, `webinar`,
 * `ideas`, …) rather than attributes, turns `cm-*` events into typed `onCm…` props, and
 * forwards its `ref` to the element (to call `next()`, `pause()`, …).
 *
 * Importing this module defines the four elements. React itself is not bundled: it is the
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
import {CmIdeasIndex as CmIdeasIndexElement, type FilterChangeDetail} from '../ideas-index/ideas-index.js';
import {CmQuoteRotator as CmQuoteRotatorElement} from '../quote-rotator/quote-rotator.js';
import {CmWebinarCard as CmWebinarCardElement} from '../webinar-card/webinar-card.js';
import type {VideoHost} from '../webinar-card/video.js';

export type {FilterChangeDetail, VideoHost};

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

export type CmErrorEvent = CustomEvent<CmErrorDetail>;
export type CmChangeEvent = CustomEvent<CmChangeDetail>;
export type CmPlayEvent = CustomEvent<CmPlayDetail>;
export type CmFilterChangeEvent = CustomEvent<FilterChangeDetail>;

const onCmError = 'cm-error' as EventName<CmErrorEvent>;

/** `<cm-featured-story>`: props `story`, `heading`, `href`, `src`, …; `onCmError`. */
export const CmFeaturedStory = createComponent({
  react: React,
  tagName: 'cm-featured-story',
  elementClass: CmFeaturedStoryElement,
  displayName: 'CmFeaturedStory',
  events: {onCmError},
});

/** `<cm-quote-rotator>`: props `quotes`, `src`, `autoplay`, `interval`, …; `onCmChange`, `onCmError`. */
export const CmQuoteRotator = createComponent({
  react: React,
  tagName: 'cm-quote-rotator',
  elementClass: CmQuoteRotatorElement,
  displayName: 'CmQuoteRotator',
  events: {onCmChange: 'cm-change' as EventName<CmChangeEvent>, onCmError},
});

/** `<cm-webinar-card>`: props `webinar`, `heading`, `video`, `src`, …; `onCmPlay`, `onCmError`. */
export const CmWebinarCard = createComponent({
  react: React,
  tagName: 'cm-webinar-card',
  elementClass: CmWebinarCardElement,
  displayName: 'CmWebinarCard',
  events: {onCmPlay: 'cm-play' as EventName<CmPlayEvent>, onCmError},
});

/** `<cm-ideas-index>`: props `ideas`, `src`, `query`, `theme`, `country`, …; `onCmFilterChange`, `onCmError`. */
export const CmIdeasIndex = createComponent({
  react: React,
  tagName: 'cm-ideas-index',
  elementClass: CmIdeasIndexElement,
  displayName: 'CmIdeasIndex',
  events: {onCmFilterChange: 'cm-filter-change' as EventName<CmFilterChangeEvent>, onCmError},
});
