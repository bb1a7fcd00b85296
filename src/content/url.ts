/**
 * Only `http:`, `https:` and relative URLs may reach an `href` or `src`. The check uses the
 * URL parser itself, so whatever a browser would see as `javascript:` — mixed case, leading
 * spaces or control characters, tabs and newlines inside the scheme — is seen here too.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // The URL parser strips leading/trailing C0 controls and spaces and removes tabs and
  // newlines anywhere; do the same so the string we return is the one we checked.
  const url = value.replace(/^[\0- ]+|[\0- ]+$|[\t\n\r]/g, '');
  try {
    if (url && /^https?:$/.test(new URL(url, 'https://relative.invalid/').protocol)) return url;
  } catch {
    // Not a URL at all.
  }
  return undefined;
}
