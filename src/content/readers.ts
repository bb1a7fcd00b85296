/**
 * Readers of the HTML a webmaster writes inside an element (progressive enhancement: what
 * visitors see before and without JavaScript). Each turns the element's children into raw
 * items for the normalizer, exactly as a feed would give them; they only read the DOM they
 * are given, so they are tested on a fragment without rendering anything.
 */
import {isVideoHostUrl, parseVideo} from './video.js';
import type {Warn} from './normalize.js';

/** Reads raw items from the children of `root`; `warn` hears what the HTML gets wrong. */
export type Reader = (root: Element, warn: Warn) => unknown[];

const HEADING = 'h1,h2,h3,h4,h5,h6';

/** The first paragraph with text that is not a link, a date or a byline: the summary of a card. */
const summaryParagraph = (root: Element) =>
  [...root.querySelectorAll('p')].find((p) => !p.querySelector('a, time, .author') && p.textContent?.trim());

const text = (el: Element | null | undefined) => el?.textContent;
const href = (el: Element | null | undefined) => el?.getAttribute('href');
/** A date: the first `<time datetime>` that is not a duration. */
const datetime = (root: Element) => root.querySelector('time[datetime]:not([datetime^="P"])')?.getAttribute('datetime');

/** A length in minutes, from a `<time datetime="PT1H15M">` (an ISO 8601 duration). */
function minutes(root: Element) {
  const iso = root.querySelector('time[datetime^="PT"]')?.getAttribute('datetime') ?? '';
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(iso);
  return m && (m[1] || m[2]) ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) : undefined;
}

/**
 * A story: its heading (else its link) as title, the link, the summary paragraph, an image,
 * a `<time>`, and its author in an element of class `author` (or `rel="author"`).
 */
export const readStory: Reader = (root) => {
  const heading = root.querySelector(HEADING);
  const link = root.querySelector('a[href]');
  const img = root.querySelector('img');
  if (!heading && !link) return [];
  return [
    {
      title: text(heading ?? link),
      url: href(link),
      summary: text(summaryParagraph(root)),
      image: img?.getAttribute('src'),
      // Absent or empty: a decorative image.
      imageAlt: img?.alt,
      author: text(root.querySelector('.author, [rel="author"]')),
      date: datetime(root),
    },
  ];
};

/**
 * A webinar: its heading, the link to its page, the link to its YouTube or Vimeo video,
 * the summary, an image as poster, a `<time>` (and another with a duration, `PT1H15M`)
 * and a list of speakers. An `<iframe>` of the video host is read as the video, but has
 * already loaded the host with its cookies: the README tells webmasters to write a link.
 */
export const readWebinar: Reader = (root, warn) => {
  const links = [...root.querySelectorAll('a[href]')];
  const videoLink = links.find((a) => parseVideo(href(a)));
  const link = links.find((a) => a !== videoLink);
  const iframe = root.querySelector('iframe[src]')?.getAttribute('src');
  const poster = root.querySelector('img')?.getAttribute('src');
  if (poster && isVideoHostUrl(poster, root.baseURI)) {
    // The parser has fetched it already, before the visitor asked for the video.
    warn(`an <img> child loads "${poster}" from the video host before play: use an image of your own site`);
  }
  const title = text(root.querySelector(HEADING) ?? link ?? videoLink);
  if (!title) return [];
  const speakers = [...root.querySelectorAll('li')].map((li) => li.textContent);
  return [
    {
      title,
      url: href(link),
      summary: text(summaryParagraph(root)),
      video: href(videoLink) ?? iframe,
      poster,
      date: datetime(root),
      durationMinutes: minutes(root),
      speakers: speakers.length ? speakers : undefined,
    },
  ];
};

/**
 * Quotes: each `<blockquote>`, its author line a `<footer>` or `<cite>`: a `<cite>` inside
 * the footer is the name and the rest the role, else the text before the first comma is the
 * name. The blockquote's `cite` is the source, its `lang` (or a child's) the language.
 */
export const readQuotes: Reader = (root) =>
  [...root.querySelectorAll('blockquote')].map((quote) => {
    const line = quote.querySelector('footer') ?? quote.querySelector('cite');
    const full = text(line) ?? '';
    const name = text(line?.querySelector('cite')) ?? full.split(',')[0];
    // "— Jussi Pajunen": the dash is typography, not part of the name or role.
    const [author, role] = [name, full.replace(name, '')].map((s) => s.replace(/^[\s,\p{Pd}]+/u, ''));
    return {
      // The quote is the rest of the blockquote.
      text: quote.textContent!.replace(full, ''),
      author,
      role,
      url: quote.getAttribute('cite'),
      lang: quote.lang || quote.querySelector<HTMLElement>('[lang]')?.lang,
    };
  });

/**
 * Ideas: each `<li>` or `<article>` with a link; its heading (else the link) as title, its
 * first paragraph without a link as summary, and `data-city`, `data-country`, `data-region`,
 * `data-themes` (comma-separated), `data-organization`, `data-year`, `data-lat`, `data-lng`,
 * `data-id` for the rest.
 */
export const readIdeas: Reader = (root) =>
  // A list inside an idea holds no ideas of its own (`:scope` keeps to the root's own
  // descendants: a CMS theme's <article> around the element does not count).
  [...root.querySelectorAll<HTMLElement>(':scope :is(li,article):not(:scope :is(li,article) *)')]
    .filter((el) => el.querySelector('a[href]'))
    .map((el) => {
      const link = el.querySelector('a[href]');
      const data = el.dataset;
      return {
        id: el.id || href(link),
        ...data,
        title: text(el.querySelector(HEADING) ?? link),
        url: href(link),
        summary: text(summaryParagraph(el)),
        // Trimmed, and empty ones dropped, by the normalizer.
        themes: data.themes?.split(','),
        lang: el.lang,
      };
    });
