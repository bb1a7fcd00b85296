/**
 * The search and filters of `<cm-ideas-index sync-url>` in the page URL, under namespaced
 * parameters. The host page's own parameters are kept as written (URLSearchParams would
 * re-encode them: `?a=b%20c&flag` → `?a=b+c&flag=`), and so is the hash.
 */

/** The parameters of the state `[query, theme, country]`; empty values are left out. */
export const URL_PARAMS = ['cm-q', 'cm-theme', 'cm-country'];

/**
 * The state a URL holds, or `undefined` when it holds none of our parameters. When it
 * holds any, it is the whole state (a missing parameter is an empty value): a shared link
 * shows what its author saw, whatever the page's initial attributes say.
 */
export function readUrlState(href: string): string[] | undefined {
  const params = new URL(href).searchParams;
  return URL_PARAMS.some((p) => params.has(p)) ? URL_PARAMS.map((p) => (params.get(p) ?? '').slice(0, 500)) : undefined;
}

/** `href` with our parameters set to `state`, all else as written. */
export function urlWithState(href: string, state: readonly string[]): string {
  const url = new URL(href);
  const ours = new URLSearchParams();
  state.forEach((v, i) => v && ours.set(URL_PARAMS[i], v));
  // Each of the page's parameters as written, unless it is one of ours (however encoded).
  const theirs = url.search
    .slice(1)
    .split('&')
    .filter((part) => !URL_PARAMS.some((p) => new URLSearchParams(part).has(p)));
  url.search = [...theirs, ours].filter(String).join('&');
  return url.href;
}
