/**
 * Public content types. Every text field is a {@link LocalizedText}: a plain string, or
 * an object of BCP 47 language tags to strings, resolved at render time against the
 * page language (so switching `<html lang>` never needs a new request).
 */

/** A string, or strings by BCP 47 language tag: `{"en": "Two cheers…", "fr": "Deux hourras…"}`. */
export type LocalizedText = string | {readonly [lang: string]: string};

/** A mayor's (or any leader's) quote on immigration. */
export interface Quote {
  text: LocalizedText;
  author: LocalizedText;
  role?: LocalizedText;
  city?: LocalizedText;
  country?: LocalizedText;
  url?: string;
  image?: string;
  /** Language of `text` when it is a plain string in another language than the page. */
  lang?: string;
}

/** A featured story: an article, interview or opinion piece. */
export interface Story {
  id?: string;
  title: LocalizedText;
  summary?: LocalizedText;
  url: string;
  kicker?: LocalizedText;
  image?: string;
  imageAlt?: LocalizedText;
  author?: LocalizedText;
  /** ISO 8601 date or date-time. */
  date?: string;
  /** Language of the plain-string fields, when it differs from the page (JSON Feed `language`). */
  lang?: string;
}

export type WebinarKind = 'featured' | 'video' | 'archive';

export interface Speaker {
  name: LocalizedText;
  role?: LocalizedText;
  organization?: LocalizedText;
}

/** A webinar, a webinar recording, or the archive of past webinars. */
export interface Webinar {
  id?: string;
  title: LocalizedText;
  summary?: LocalizedText;
  url?: string;
  kind?: WebinarKind;
  /** YouTube or Vimeo URL. */
  video?: string;
  poster?: string;
  /** ISO 8601 date-time with offset. */
  date?: string;
  durationMinutes?: number;
  speakers?: Speaker[];
  lang?: string;
}

/** One good idea of the index: a practice of a city. */
export interface Idea {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  url: string;
  city: LocalizedText;
  country: LocalizedText;
  region?: LocalizedText;
  themes?: LocalizedText[];
  organization?: LocalizedText;
  year?: number;
  lat?: number;
  lng?: number;
  lang?: string;
}

/** A video service whose player a webinar card embeds. */
export type VideoHost = 'youtube' | 'vimeo';

/** The keys under which a feed object holds each content type. */
export type ContentKind = 'quotes' | 'stories' | 'webinars' | 'ideas';

/** A feed document: a bare array of items, or an object holding arrays by content kind. */
export type Feed = unknown[] | {quotes?: unknown[]; stories?: unknown[]; webinars?: unknown[]; ideas?: unknown[]};
