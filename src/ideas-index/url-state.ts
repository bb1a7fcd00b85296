/**
 * The search and filters of `<cm-ideas-index sync-url>` in the page URL, under namespaced
 * parameters. The host page's own parameters are kept byte for byte (not re-encoded by
 * URLSearchParams, which would turn `?a=b%20c&flag` into `?a=b+c&flag=`), and so is the hash.
 */

/** The state kept in the URL; empty strings are left out of it. */
export interface UrlState {
  query: string;
  theme: string;
  country: string;
  region: string;
  sort: string;
}

export const URL_PARAMS: Readonly<Record<keyof UrlState, string>> = {
  query: 'cm-q',
  theme: 'cm-theme',
  country: 'cm-country',
  region: 'cm-region',
  sort: 'cm-sort',
};

const KEYS = Object.keys(URL_PARAMS) as (keyof UrlState)[];
const NAMES = new Set(Object.values(URL_PARAMS));

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** The query string's parts, without the leading "?". */
const parts = (search: string) => search.replace(/^\?/, '').split('&').filter(Boolean);

const nameOf = (part: string) => decode(part.split('=')[0]);

/** A URL split as written: before the query, the query (without "?"), the hash (with "#"). */
function split(href: string) {
  const hashAt = href.indexOf('#');
  const hash = hashAt < 0 ? '' : href.slice(hashAt);
  const rest = hashAt < 0 ? href : href.slice(0, hashAt);
  const queryAt = rest.indexOf('?');
  return queryAt < 0
    ? {base: rest, search: '', hash}
    : {base: rest.slice(0, queryAt), search: rest.slice(queryAt + 1), hash};
}

/**
 * The state a URL holds, or `undefined` when it holds none of our parameters. When it
 * holds any, it is the whole state (a missing parameter is an empty value): a shared link
 * shows what its author saw, whatever the page's initial attributes say.
 */
export function readUrlState(href: string): UrlState | undefined {
  const state: UrlState = {query: '', theme: '', country: '', region: '', sort: ''};
  let found = false;
  for (const part of parts(split(href).search)) {
    const name = nameOf(part);
    const key = KEYS.find((k) => URL_PARAMS[k] === name);
    if (!key) continue;
    found = true;
    const eq = part.indexOf('=');
    // The first occurrence wins, as URLSearchParams.get does.
    if (!state[key] && eq >= 0) state[key] = decode(part.slice(eq + 1)).slice(0, 500);
  }
  return found ? state : undefined;
}

/** `href` with our parameters set to `state` (empty values removed), all else as written. */
export function urlWithState(href: string, state: UrlState): string {
  const {base, search, hash} = split(href);
  const kept = parts(search).filter((p) => !NAMES.has(nameOf(p)));
  const ours = KEYS.filter((k) => state[k]).map(
    (k) => `${URL_PARAMS[k]}=${encodeURIComponent(state[k]).replace(/%20/g, '+')}`
  );
  const query = [...kept, ...ours].join('&');
  return `${base}${query ? `?${query}` : ''}${hash}`;
}
