/**
 * Only `http:`, `https:` and relative URLs may reach an `href` or `src`. The check uses the
 * URL parser itself, so whatever a browser would see as `javascript:` — mixed case, leading
 * spaces or control characters, tabs and newlines inside the scheme — is seen here too.
 */
const BASE = 'https://relative.invalid/';

export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // The URL parser strips leading/trailing C0 controls and spaces and removes tabs and
  // newlines anywhere; do the same so the string we return is the one we checked.
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (!cleaned) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(cleaned, BASE);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? cleaned : undefined;
}
