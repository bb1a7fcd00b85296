/**
 * The search and filters of `<cm-ideas-index sync-url>` in the page URL, under namespaced
 * parameters. The host page's own parameters are kept as written (URLSearchParams would
 * re-encode them: `?a=b%20c&flag` → `?a=b+c&flag=`), and so is the hash.
 */

/** The parameters of the state `[query, theme, country]`; empty values are left out. */
export const URL_PARAMS = ['cm-q', 'cm-theme', 'cm-country'];

const ours = (part: string) => URL_PARAMS.includes([...new URLSearchParams(part).keys()][0]);

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
  const set = new URLSearchParams();
  state.forEach((v, i) => v && set.set(URL_PARAMS[i], v));
  url.search = [...url.search.slice(1).split('&').filter((p) => !ours(p)), set].filter(String).join('&');
  return url.href;
}
