/**
 * Fetching feeds: one in-flight request per URL shared by every element that asks for it,
 * a timeout per element, abort when the last element stops waiting, and errors told apart
 * so the visitor and the webmaster each get a message that helps.
 */
import {safeUrl} from './url.js';

export type FeedErrorKind =
  | 'url' // src is not an http(s) or relative URL
  | 'network' // no answer (offline, DNS, CORS refused)
  | 'http' // an HTTP error status
  | 'timeout'
  | 'too-large'
  | 'html' // an HTML page (a CMS 404 or login page) instead of JSON
  | 'json' // not valid JSON
  | 'shape' // valid JSON, but not a feed of the expected kind
  | 'not-found'; // the feed lacks the requested item

/** Why a feed could not be used. `message` is for developers; visitors get a localized text. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    readonly src: string,
    message: string,
    readonly status?: number
  ) {
    super(message);
  }
}

/** Feeds larger than this are refused unread: no card list needs 5 MB of JSON. */
export const MAX_FEED_BYTES = 5 << 20;
export const DEFAULT_TIMEOUT = 10_000;
/**
 * The longest delay browsers' timers take (2^31 - 1 ms, about 24.8 days): a longer one wraps
 * around to about zero (or makes AbortSignal.timeout throw).
 */
export const MAX_DELAY = 2 ** 31 - 1;

/** Why a request that got no answer failed: for a cross-origin feed, most often CORS. */
function networkMessage(url: string, error: Error) {
  const {origin, host} = new URL(url);
  const base = `network error (${error.message})`;
  if (origin === location.origin) return base;
  return `${base}: if it opens in the browser, ${host} must send "Access-Control-Allow-Origin: ${location.origin}" (CORS)`;
}

/**
 * The body as text, read with a byte counter: past MAX_FEED_BYTES of decoded bytes it stops
 * at once. Content-Length cannot be trusted for this (a gzip body announces its compressed
 * size, a streamed one none), and reading a whole decompression bomb would freeze the page.
 */
async function readText(res: Response, fail: (kind: FeedErrorKind, message: string) => never): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const {done, value} = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_FEED_BYTES) {
      reader.cancel().catch(() => {});
      fail('too-large', `larger than ${MAX_FEED_BYTES} bytes`);
    }
    text += decoder.decode(value, {stream: true});
  }
}

async function request(url: string, src: string, signal: AbortSignal): Promise<unknown> {
  const fail = (kind: FeedErrorKind, message: string, status?: number): never => {
    throw new FeedError(kind, src, message, status);
  };
  // An abort is passed on; any other failure to get an answer is a network error.
  const network = (e: Error) => (signal.aborted ? Promise.reject(e) : fail('network', networkMessage(url, e)));
  // A plain GET, no custom header: cross-origin feeds need no preflight.
  const res = await fetch(url, {signal}).catch(network);
  const {status} = res;
  // No automatic retry, even of a 429 or 503: the visitor has the Retry button (README, Decisions).
  if (!res.ok) fail('http', `HTTP ${status} ${res.statusText}`.trim(), status);
  const body = await readText(res, fail).catch((e: Error) => (e instanceof FeedError ? Promise.reject(e) : network(e)));
  // A CMS's 404 or login page, served with 200.
  if (/^\s*</.test(body) || /^\s*text\/html/i.test(res.headers.get('content-type') ?? '')) {
    fail('html', `HTTP ${status} answered with an HTML page, not JSON`);
  }
  try {
    return JSON.parse(body);
  } catch (e) {
    return fail('json', `invalid JSON (${(e as Error).message})`);
  }
}

export interface FetchFeedOptions {
  signal?: AbortSignal;
  /** Milliseconds this caller waits before giving up with a `timeout` error. */
  timeout?: number;
}

const inflight = new Map<string, {promise: Promise<unknown>; controller: AbortController; users: number}>();

/**
 * Resolves with the parsed JSON at `src`. Callers asking for the same URL while a request
 * is in flight share it; the request is aborted only when every caller has aborted or
 * timed out. Once every caller has its answer the request is forgotten, so a failure is
 * retried on the next call.
 */
export async function fetchFeed(src: string, {signal, timeout}: FetchFeedOptions = {}): Promise<unknown> {
  const safe = safeUrl(src);
  if (!safe) throw new FeedError('url', src, 'not an http(s) or relative URL');
  const url = new URL(safe, document.baseURI).href;
  const ms = timeout! > 0 && timeout! <= MAX_DELAY ? timeout! : DEFAULT_TIMEOUT;
  // This caller stops waiting when its own signal aborts or its timeout passes.
  const stop = AbortSignal.any(signal ? [signal, AbortSignal.timeout(ms)] : [AbortSignal.timeout(ms)]);
  let entry = inflight.get(url);
  if (!entry) {
    const controller = new AbortController();
    inflight.set(url, (entry = {controller, users: 0, promise: request(url, src, controller.signal)}));
  }
  const shared = entry;
  shared.users++;
  try {
    return await new Promise((resolve, reject) => {
      shared.promise.then(resolve, reject);
      stop.onabort = () => reject(stop.reason);
      stop.throwIfAborted();
    });
  } catch (e) {
    throw (e as Error)?.name === 'TimeoutError' ? new FeedError('timeout', src, `no answer within ${ms} ms`) : e;
  } finally {
    // An entry leaves the map only here, so while it has users it is the URL's entry.
    if (!--shared.users) {
      inflight.delete(url);
      shared.controller.abort();
    }
  }
}
