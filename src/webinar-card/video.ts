import {LANG_TAG} from '../content/text.js';
/**
 * Video URLs, without the DOM. A webinar's `video` field is a YouTube or Vimeo page URL in
 * any of the forms people paste; we read the host, the video ID and the start time out of
 * it, and build the privacy-enhanced player URL ourselves from those validated parts. The
 * raw URL never becomes an iframe `src`: a lookalike host, an extra path or a query string
 * smuggled into it cannot reach the player.
 */

export type VideoHost = 'youtube' | 'vimeo';

/** A video we know how to embed. */
export interface VideoRef {
  host: VideoHost;
  /** YouTube: 11 characters `[A-Za-z0-9_-]`; Vimeo: digits. */
  id: string;
  /** Where playback starts, in whole seconds. */
  start?: number;
  /** Vimeo's privacy hash of an unlisted video (`vimeo.com/ID/HASH`, `?h=HASH`). */
  hash?: string;
}

/** The host's name as visitors know it, for the consent line. Never translated. */
export const HOST_NAMES: Readonly<Record<VideoHost, string>> = {youtube: 'YouTube', vimeo: 'Vimeo'};

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
const VIMEO_HASH = /^[0-9a-f]{6,20}$/i;

const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
]);
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);

/**
 * Hosts that belong to the video services (pages, players, thumbnails, media). An image
 * from one of them would tell the host about the visitor before they press play.
 */
const VIDEO_HOST_DOMAINS = [
  'youtube.com',
  'youtu.be',
  'youtube-nocookie.com',
  'ytimg.com',
  'googlevideo.com',
  'ggpht.com',
  'vimeo.com',
  'vimeocdn.com',
];

// A day is far longer than any webinar; anything beyond is a typo or a trick.
const MAX_START = 24 * 60 * 60;

/**
 * A start time as YouTube and Vimeo write it: `90`, `90s`, `1m30s`, `1h2m3s` (the `t=`
 * and `start=` parameters and the `#t=` fragment). Zero or unreadable gives `undefined`.
 */
export function parseStart(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  let seconds: number | undefined;
  if (/^\d{1,6}$/.test(v)) seconds = Number(v);
  else {
    const m = /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s)?$/.exec(v);
    if (m && (m[1] || m[2] || m[3])) {
      seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
    }
  }
  return seconds && seconds <= MAX_START ? seconds : undefined;
}

function hashParam(url: URL, name: string): string | null {
  return new URLSearchParams(url.hash.slice(1)).get(name);
}

function youtube(url: URL): VideoRef | undefined {
  const segments = url.pathname.split('/').filter(Boolean);
  let id: string | null | undefined;
  if (url.hostname === 'youtu.be') id = segments[0];
  else if (segments[0] === 'watch' && segments.length === 1) id = url.searchParams.get('v');
  else if (['embed', 'shorts', 'live', 'v'].includes(segments[0]) && segments.length === 2) {
    id = segments[1];
  }
  if (!id || !YOUTUBE_ID.test(id)) return undefined;
  const start = parseStart(
    url.searchParams.get('t') ?? url.searchParams.get('start') ?? hashParam(url, 't')
  );
  return start ? {host: 'youtube', id, start} : {host: 'youtube', id};
}

function vimeo(url: URL): VideoRef | undefined {
  const s = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  let hash: string | null | undefined;
  if (url.hostname === 'player.vimeo.com') {
    if (s[0] === 'video' && s.length === 2) id = s[1];
  } else if (VIMEO_ID.test(s[0] ?? '') && s.length <= 2) {
    // vimeo.com/ID, and vimeo.com/ID/HASH for an unlisted video
    [id, hash] = s;
  } else if (s[0] === 'channels' && s.length === 3) {
    id = s[2];
  } else if (['groups', 'album', 'showcase'].includes(s[0]) && s.length === 4 && /^videos?$/.test(s[2])) {
    id = s[3];
  }
  if (!id || !VIMEO_ID.test(id)) return undefined;
  hash ??= url.searchParams.get('h');
  if (hash && !VIMEO_HASH.test(hash)) return undefined;
  const start = parseStart(hashParam(url, 't') ?? url.searchParams.get('t'));
  const ref: VideoRef = {host: 'vimeo', id};
  if (hash) ref.hash = hash.toLowerCase();
  if (start) ref.start = start;
  return ref;
}

/**
 * Reads a YouTube or Vimeo URL. Anything else — another host, a lookalike
 * (`youtube.com.example.org`), a relative URL, an ID that fails its strict pattern — gives
 * `undefined`, and the element shows a plain link instead of a player.
 */
export function parseVideo(value: string | null | undefined): VideoRef | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase();
  if (host === 'youtu.be' || YOUTUBE_HOSTS.has(host)) return youtube(url);
  if (VIMEO_HOSTS.has(host)) return vimeo(url);
  return undefined;
}

/** Whether a URL points at a video service's servers (used to refuse posters from them). */
export function isVideoHostUrl(value: string, base = 'https://relative.invalid/'): boolean {
  try {
    const host = new URL(value, base).hostname.toLowerCase().replace(/\.$/, '');
    return VIDEO_HOST_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
  } catch {
    return false;
  }
}

const BASE_LANG = /^([a-z]{2,3})(?:-|$)/i;

/**
 * The privacy-enhanced player URL, built only from the validated parts: YouTube's
 * no-cookie domain or Vimeo with Do Not Track, autoplaying (the visitor has just asked),
 * with its interface and captions in the page language.
 */
export function embedUrl(ref: VideoRef, lang = 'en'): string {
  const tag = LANG_TAG.test(lang) ? lang : 'en';
  const base = BASE_LANG.exec(tag)![1].toLowerCase();
  if (ref.host === 'youtube') {
    if (!YOUTUBE_ID.test(ref.id)) throw new Error('invalid YouTube id');
    const params = new URLSearchParams({
      autoplay: '1',
      hl: tag,
      cc_lang_pref: base,
      cc_load_policy: '1',
      rel: '0',
      playsinline: '1',
    });
    if (ref.start) params.set('start', String(Math.floor(ref.start)));
    return `https://www.youtube-nocookie.com/embed/${ref.id}?${params}`;
  }
  if (!VIMEO_ID.test(ref.id) || (ref.hash && !VIMEO_HASH.test(ref.hash))) {
    throw new Error('invalid Vimeo id');
  }
  const params = new URLSearchParams();
  if (ref.hash) params.set('h', ref.hash);
  params.set('dnt', '1');
  params.set('autoplay', '1');
  params.set('texttrack', base);
  const start = ref.start ? `#t=${Math.floor(ref.start)}s` : '';
  return `https://player.vimeo.com/video/${ref.id}?${params}${start}`;
}
