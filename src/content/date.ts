/** Dates of the content: ISO 8601 strings, checked by the normalizer. */

/**
 * A date without a time ("2018-11-05") is a calendar day, the same everywhere: not UTC
 * midnight, which visitors west of UTC would see as the day before.
 */
export const isCalendarDay = (iso: string) => /^\d{4}-\d\d-\d\d$/.test(iso);

/** What RFC 3339 allows a feed to write: a day, or a day, a time and an optional offset. */
const RFC_3339 = /^(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?(?:([Zz])|([+-])(\d\d):?(\d\d))?)?$/;

/**
 * A date of a feed as the one form every browser's `Date` reads alike (ECMAScript's date
 * time string: `2018-12-10`, `2018-12-10T09:30:00.000-05:00`), or `undefined` when it is not
 * an RFC 3339 date or date-time or names a day or time that does not exist (`2018-02-30`,
 * `25:00`). Engines parse anything else their own way: V8 reads "2018-12-10 (Monday)" and
 * rolls February 30 over to March; others refuse both.
 */
export function readDate(value: unknown): string | undefined {
  const m = typeof value === 'string' ? RFC_3339.exec(value) : null;
  if (!m) return undefined;
  const [, year, month, day, hour, minute, second, fraction, z, sign, offsetHour, offsetMinute] = m;
  const date = `${year}-${month}-${day}`;
  // A day that does not exist (February 30, a month 13, a day 0) rolls over to another one,
  // which the calendar writes differently. (setUTCFullYear, unlike Date.UTC, reads the years
  // 0–99 as written.)
  const calendar = new Date(0);
  calendar.setUTCFullYear(+year, +month - 1, +day);
  if (!calendar.toISOString().startsWith(date)) return undefined;
  if (!hour) return date;
  if (+hour > 23 || +minute > 59 || +(second ?? 0) > 59 || +(offsetHour ?? 0) > 23 || +(offsetMinute ?? 0) > 59) {
    return undefined;
  }
  // ECMAScript wants exactly three digits of fraction.
  const seconds = second ? `:${second}${fraction ? (fraction + '00').slice(0, 4) : ''}` : '';
  const offset = z ? 'Z' : sign ? `${sign}${offsetHour}:${offsetMinute}` : '';
  return `${date}T${hour}:${minute}${seconds}${offset}`;
}

/** Written as RFC 3339 asks, but naming a day or a time that does not exist (`2018-02-30`, `24:00`). */
export const isImpossibleDate = (value: unknown) =>
  typeof value === 'string' && RFC_3339.test(value) && readDate(value) === undefined;

/**
 * Whether a date read by {@link readDate} says its offset from UTC (or is a calendar day):
 * without one, each visitor's browser reads the time in the visitor's own zone.
 */
export const hasOffset = (iso: string) => isCalendarDay(iso) || /(?:Z|[+-]\d\d:\d\d)$/.test(iso);
