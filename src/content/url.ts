/**
 * Only `http:`, `https:` and relative URLs may reach an `href` or `src`. The check uses the
 * URL parser itself, so whatever a browser would see as `javascript:` — mixed case, leading
 * spaces or control characters, tabs and newlines inside the scheme — is seen here too.
 *
 * What looks relative but leads to another site is not relative: two slashes or backslashes
 * in any mix at the start (`//host`, `\\host`, `/\host`: browsers read them all as a host)
 * and a scheme without slashes (`https:host`, which a page on the other scheme reads as a
 * host). These are absolute URLs and come back written out in full (`https://host/`), so
 * what the page links to is what it says.
 */

/** A scheme (`https:`, `javascript:`) or a host (two slashes or backslashes) at the start. */
const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|[\\/]{2})/i;

export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // The URL parser strips leading/trailing C0 controls and spaces and removes tabs and
  // newlines anywhere; do the same so the string we return is the one we checked.
  const url = value.replace(/^[\0- ]+|[\0- ]+$|[\t\n\r]/g, '');
  if (!url) return undefined;
  try {
    if (!ABSOLUTE.test(url)) {
      // Relative: it stays on the page's site, whatever the page's address.
      new URL(url, 'https://relative.invalid/');
      return url;
    }
    // A host without a scheme is taken as https; a scheme without slashes gets them.
    const absolute = new URL(/^[\\/]/.test(url) ? `https:${url}` : url.replace(/^(https?:)(?![\\/]{2})/i, '$1//'));
    if (!/^https?:$/.test(absolute.protocol)) return undefined;
    // Written in full already: kept as written.
    return /^https?:\/\//i.test(url) ? url : absolute.href;
  } catch {
    // Not a URL at all.
    return undefined;
  }
}
