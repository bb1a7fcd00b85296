/**
 * Video URLs, without the DOM. A webinar's `video` field is a YouTube or Vimeo page URL in
 * any of the forms people paste; we read the host and the video ID out of it, and build the
 * privacy-enhanced player URL ourselves from those validated parts. The raw URL never becomes
 * an iframe `src`: a lookalike host, an extra path or a query string smuggled into it cannot
 * reach the player. A start time in the URL (`t=90`) is not read: the player starts at the
 * beginning (README, Decisions).
 */
import {baseLang, LANG_TAG} from './text.js';
import type {VideoHost} from './types.js';

/** A video we know how to embed. */
export interface VideoRef {
  host: VideoHost;
  /** YouTube: 11 characters `[A-Za-z0-9_-]`; Vimeo: digits. */
  id: string;
  /** Vimeo's privacy hash of an unlisted video (`vimeo.com/ID/HASH`, `?h=HASH`). */
  hash?: string;
}

/** The host's name as visitors know it, for the consent line. Never translated. */
export const HOST_NAMES = {youtube: 'YouTube', vimeo: 'Vimeo'};

/**
 * Every form of a video page or player URL we embed, matched whole against the parsed URL's
 * origin and path (a lookalike host, a user name or a port fails): YouTube `watch?v=ID`
 * (read as `/watch/ID`), `/embed|shorts|live|v/ID`, `youtu.be/ID`; Vimeo `/ID`, `/ID/HASH`
 * (unlisted), `player.vimeo.com/video/ID`, `/channels/NAME/ID`,
 * `/groups|album|showcase/NAME/video(s)/ID`.
 */
const VIDEO_URL =
  /^https?:\/\/(?:(?:(?:(?:www|m|music)\.)?youtube(?:-nocookie)?\.com\/(?:embed|shorts|live|v|watch)|youtu\.be)\/([\w-]{11})|(?:(?:www|player)\.)?vimeo\.com\/(?:video\/|channels\/[^/]+\/|(?:groups|album|showcase)\/[^/]+\/videos?\/)?(\d{1,12})(?:\/([\da-f]{6,20}))?)\/?$/i;
const VIMEO_HASH = /^[\da-f]{6,20}$/i;
/**
 * The video services' servers (pages, players, thumbnails, media). An image from one of
 * them would tell the host about the visitor before they press play.
 */
const VIDEO_HOST_DOMAIN =
  /(^|\.)(youtube(-nocookie)?\.com|youtu\.be|ytimg\.com|googlevideo\.com|ggpht\.com|youtube\.googleapis\.com|(yt|lh)\d*\.googleusercontent\.com|vimeo(cdn)?\.com)\.?$/;
/** YouTube's files on Google's shared static host (the rest of it serves other things). */
const VIDEO_HOST_PATH = /^www\.gstatic\.com\.?\/youtube\//;

/**
 * Reads a YouTube or Vimeo URL. Anything else — another host, a lookalike
 * (`youtube.com.example.org`), a relative URL, an ID that fails its strict pattern — gives
 * `undefined`, and the element shows a plain link instead of a player.
 */
export function parseVideo(value: string | null | undefined): VideoRef | undefined {
  try {
    // The URL parser itself drops the spaces around a pasted URL.
    const {origin, pathname, searchParams: query} = new URL(value!);
    const m = VIDEO_URL.exec(origin + (pathname === '/watch' ? `/watch/${query.get('v')}` : pathname))!;
    const h = m[2] && (m[3] ?? query.get('h'))?.toLowerCase();
    if (!h || VIMEO_HASH.test(h)) {
      return {host: m[1] ? 'youtube' : 'vimeo', id: m[1] ?? m[2], ...(h && {hash: h})};
    }
  } catch {
    // Not a URL, or not one of ours.
  }
  return undefined;
}

/**
 * Whether a URL points at a video service's servers (used to refuse posters from them). A
 * relative URL is read against the page, where there is one: a page whose `<base>` is the
 * video host would send a relative poster there.
 */
export function isVideoHostUrl(
  value: string,
  base = globalThis.document?.baseURI ?? 'https://relative.invalid/'
): boolean {
  try {
    const {hostname, pathname} = new URL(value, base);
    return VIDEO_HOST_DOMAIN.test(hostname) || VIDEO_HOST_PATH.test(hostname + pathname);
  } catch {
    return false;
  }
}

/**
 * The privacy-enhanced player URL, built only from the validated parts (checked again: an
 * app may hand us any object): YouTube's no-cookie domain or Vimeo with Do Not Track,
 * autoplaying (the visitor has just asked), with its interface and captions in the page
 * language.
 */
export function embedUrl({host, id, hash}: VideoRef, lang = 'en'): string {
  const tag = LANG_TAG.test(lang) ? lang : 'en';
  const base = baseLang(tag);
  if (!(host === 'youtube' ? /^[\w-]{11}$/ : /^\d{1,12}$/).test(id) || (hash && !VIMEO_HASH.test(hash))) {
    throw new Error(`invalid ${host} video`);
  }
  return host === 'youtube'
    ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&hl=${tag}&cc_lang_pref=${base}&cc_load_policy=1&rel=0&playsinline=1`
    : `https://player.vimeo.com/video/${id}?${hash ? `h=${hash}&` : ''}dnt=1&autoplay=1&texttrack=${base}`;
}
