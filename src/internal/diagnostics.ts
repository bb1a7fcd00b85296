/**
 * What an element tells the webmaster in the console: one warning per distinct problem,
 * naming the element, and attribute values checked against their allowed range. Kept out of
 * the elements' public API (and out of custom-elements.json): controllers and elements call
 * these functions with the element they speak for.
 */
import {MAX_DELAY} from '../content/feed.js';
import {quoted} from '../content/normalize.js';

const warned = new WeakMap<Element, Set<string>>();

/** Logs one console warning per distinct message and element, prefixed with the element's tag. */
export function warn(host: Element, message: string) {
  let seen = warned.get(host);
  if (!seen) warned.set(host, (seen = new Set()));
  if (!seen.has(message)) console.warn(`<${host.localName}>: ${message}`);
  seen.add(message);
}

/**
 * A numeric attribute checked against its allowed range: a bad value (not a number, out of
 * range) warns once and gives the default, as DESIGN.md asks for every attribute. A removed
 * attribute (`null`) is simply the default.
 */
export function checkedNumber(
  host: Element,
  attribute: string,
  value: unknown,
  fallback: number,
  valid: (n: number) => boolean
): number {
  if (value == null) return fallback;
  // An app may set a numeric string (`el.interval = "5000"`), as an attribute would.
  const n = typeof value === 'string' && value.trim() ? Number(value) : value;
  if (typeof n === 'number' && isFinite(n) && valid(n)) return n;
  const given = host.getAttribute(attribute) ?? quoted(value);
  warn(host, `ignored ${attribute}="${given}": not an allowed value; using ${fallback}.`);
  return fallback;
}

/**
 * A delay in milliseconds for a timer: at least `min`, at most what timers accept (a longer
 * one wraps around to about zero: quotes "every 25 days" would change many times a second).
 */
export const checkedDelay = (host: Element, attribute: string, value: unknown, fallback: number, min = 1) =>
  checkedNumber(host, attribute, value, fallback, (n) => n >= min && n <= MAX_DELAY);
