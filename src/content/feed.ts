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
  constructor(
    readonly kind: FeedErrorKind,
    readonly src: string,
    message: string,
    readonly status?: number
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** Feeds larger than this are refused unread: no card list needs 5 MB of JSON. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT = 10_000;

export const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
}

const inflight = new Map<string, Shared>();

/** Retry policy: one automatic retry, for answers that say "try again later". */
export const retryPolicy = {
  /** Wait before the retry when the server gives no Retry-After (ms). */
  delay: 1000,
  /** Longest Retry-After honoured (ms): beyond it, the visitor gets the error and Retry. */
  maxDelay: 8000,
};

const RETRYABLE = (status: number) => status === 408 || status === 429 || status >= 500;

/** Retry-After in ms: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), {once: true});
  });

async function request(url: string, src: string, signal: AbortSignal, retried = false): Promise<unknown> {
  let body: string;
  try {
    const res = await fetch(url, {
      signal,
      // A CORS-safelisted value: cross-origin feeds need no preflight.
      headers: {Accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1'},
    });
    if (!res.ok) {
      res.body?.cancel().catch(() => {});
      const wait = retryAfter(res.headers.get('retry-after')) ?? retryPolicy.delay;
      if (!retried && RETRYABLE(res.status) && wait <= retryPolicy.maxDelay) {
        await sleep(wait, signal);
        return request(url, src, signal, true);
      }
      throw new FeedError('http', src, `HTTP ${res.status} ${res.statusText}`.trim(), res.status);
    }
    if (Number(res.headers.get('content-length')) > MAX_FEED_BYTES) {
      throw new FeedError('too-large', src, `larger than ${MAX_FEED_BYTES} bytes`);
    }
    body = await res.text();
    if (/^\s*text\/html/i.test(res.headers.get('content-type') ?? '') || /^\s*</.test(body)) {
      throw new FeedError('html', src, `HTTP ${res.status} answered with an HTML page, not JSON`);
    }
  } catch (e) {
    if (e instanceof FeedError || isAbort(e)) throw e;
    throw new FeedError('network', src, `network error (${(e as Error).message})`);
  }
  if (body.length > MAX_FEED_BYTES) {
    throw new FeedError('too-large', src, `larger than ${MAX_FEED_BYTES} bytes`);
  }
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new FeedError('json', src, `invalid JSON (${(e as Error).message})`);
  }
}

export interface FetchFeedOptions {
  signal?: AbortSignal;
  /** Milliseconds this caller waits before giving up with a `timeout` error. */
  timeout?: number;
}

/**
 * Resolves with the parsed JSON at `src`. Callers asking for the same URL while a request
 * is in flight share it; the request is aborted only when every caller has aborted or
 * timed out. A settled request is forgotten, so a failure is retried on the next call.
 */
export function fetchFeed(src: string, {signal, timeout}: FetchFeedOptions = {}) {
  if (!(typeof timeout === 'number' && timeout > 0 && Number.isFinite(timeout))) timeout = DEFAULT_TIMEOUT;
  const safe = safeUrl(src);
  if (!safe) return Promise.reject(new FeedError('url', src, 'not an http(s) or relative URL'));
  const url = new URL(safe, document.baseURI).href;
  let shared = inflight.get(url);
  if (!shared) {
    const controller = new AbortController();
    const entry: Shared = {controller, users: 0, promise: undefined!};
    entry.promise = request(url, src, controller.signal).finally(() => {
      if (inflight.get(url) === entry) inflight.delete(url);
    });
    // Each caller handles the outcome through its own promise below.
    entry.promise.catch(() => {});
    inflight.set(url, (shared = entry));
  }
  const entry = shared;
  entry.users++;
  return new Promise<unknown>((resolve, reject) => {
    let settled = false;
    const leave = () => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (--entry.users === 0 && inflight.get(url) === entry) {
        inflight.delete(url);
        entry.controller.abort();
      }
    };
    const onAbort = () => {
      if (settled) return;
      leave();
      reject(signal!.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    const timer = setTimeout(() => {
      if (settled) return;
      leave();
      reject(new FeedError('timeout', src, `no answer within ${timeout} ms`));
    }, timeout);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    entry.promise.then(
      (value) => {
        if (!settled) (leave(), resolve(value));
      },
      (error) => {
        if (!settled) (leave(), reject(error));
      }
    );
  });
}
